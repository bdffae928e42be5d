/// Finds the candidate nearest to a word someone wrote, for "did you mean" hints.
package enum Suggestions {
    /// The candidate closest to `word`, ignoring case and accents, when it is close enough to be
    /// a plausible typo: within a third of the word's length in edits, or one containing the other.
    package static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let folded = TextFolding.fold(word)
        guard !folded.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = TextFolding.fold(candidate)
            if other == folded { return candidate }
            let distance = editDistance(Array(folded.unicodeScalars), Array(other.unicodeScalars))
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let allowed = max(1, folded.unicodeScalars.count / 3)
        if best.distance <= allowed { return best.candidate }
        return nil
    }

    /// The candidate closest to a name someone typed, when close enough to be a typo.
    package static func nearestName(to word: String, in candidates: [String]) -> String? {
        nearest(to: word, in: candidates)
    }

    /// The nearest few candidates, closest first, for lists such as "the nearest ids are …".
    package static func nearest(to word: String, in candidates: [String], count: Int) -> [String] {
        let folded = Array(TextFolding.fold(word).unicodeScalars)
        return candidates
            .map { ($0, editDistance(folded, Array(TextFolding.fold($0).unicodeScalars))) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(count)
            .map(\.0)
    }

    /// Levenshtein distance between two scalar arrays.
    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
