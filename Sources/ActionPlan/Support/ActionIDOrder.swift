/// Orders ids the way people number: "2.9" before "2.10", "1.2.3" before "1.10".
package enum ActionIDOrder {
    /// Whether `a` comes before `b`.
    package static func less(_ a: String, _ b: String) -> Bool {
        let left = a.split(separator: ".")
        let right = b.split(separator: ".")
        for (x, y) in zip(left, right) where x != y {
            if let i = Int(x), let j = Int(y) { return i < j }
            return x < y
        }
        return left.count < right.count
    }
}
