/// Finds the accepted planning forms closest to a phrase that was not understood, so its message
/// can name a few likely fixes instead of the whole list.
enum PlanningSuggestions {
    /// The `count` examples sharing most with `text`: words that match exactly or nearly (a typo),
    /// and numbers of the same shape (a year for a year). Ties keep the examples' order.
    static func closest(to text: String, in examples: [String], count: Int) -> [String] {
        // A planning is a few words; a hostile text of thousands must not cost more than a real one.
        let words = PlanningWords.tokenize(String(text.prefix(200))).filter { $0 != "," && $0 != "/" && $0.count <= 40 }.prefix(8)
        var scored: [(example: String, score: Double, index: Int)] = []
        var seen = Set<String>()
        for (index, example) in examples.enumerated() {
            let exampleWords = PlanningWords.tokenize(example)
            let key = exampleWords.map { $0.allSatisfy(\.isNumber) ? "#\($0.count)" : $0 }.joined(separator: " ")
            guard seen.insert(key).inserted else { continue }
            var score = 0.0
            for word in words {
                score += exampleWords.map { similarity(word, $0) }.max() ?? 0
            }
            // Prefer examples of about the same length.
            score -= 0.05 * Double(abs(exampleWords.count - words.count))
            scored.append((example, score, index))
        }
        let ranked = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        let useful = ranked.filter { $0.score >= 0.5 }.prefix(count).map(\.example)
        if !useful.isEmpty { return Array(useful) }
        return ["Doorlopend", "Q1 2025", "nog te bepalen"]
    }

    static func similarity(_ word: String, _ other: String) -> Double {
        if word == other { return word.allSatisfy(\.isNumber) ? 0.6 : 1 }
        let isNumber = word.allSatisfy(\.isNumber), otherIsNumber = other.allSatisfy(\.isNumber)
        if isNumber || otherIsNumber { return isNumber && otherIsNumber && word.count == other.count ? 0.5 : 0 }
        guard word.count >= 3, other.count >= 3 else { return 0 }
        let distance = Suggestions.editDistance(Array(word.unicodeScalars), Array(other.unicodeScalars))
        if distance <= max(1, min(word.count, other.count) / 3) { return 0.8 }
        if word.hasPrefix(other) || other.hasPrefix(word) { return 0.6 }
        return 0
    }
}
