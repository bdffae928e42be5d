/// Finds the accepted planning forms closest to a phrase that was not understood, so its message
/// can name a few likely fixes instead of the whole list.
enum PlanningSuggestions {
    /// The `count` examples sharing most with `text`: words that match exactly or nearly (a typo),
    /// and numbers of the same shape (a year for a year). Ties keep the examples' order. An example
    /// of the opposite direction ("voor" for "na", "vanaf" for "uiterlijk") is never offered.
    static func closest(to text: String, in examples: [String], count: Int,
                        fallback: [String] = ["Doorlopend", "Q1 2025", "nog te bepalen"]) -> [String] {
        // A planning is a few words; a hostile text of thousands must not cost more than a real one.
        let allWords = PlanningWords.tokenize(String(text.prefix(200)))
        let words = allWords.filter { $0 != "," && $0 != "/" && $0.count <= 40 }.prefix(8)
        let direction = PlanningWords.direction(of: Array(allWords.prefix(12)))
        var scored: [(example: String, score: Double, index: Int)] = []
        var seen = Set<String>()
        for (index, example) in examples.enumerated() {
            let exampleWords = PlanningWords.tokenize(example)
            if let direction, let other = PlanningWords.direction(of: exampleWords), other != direction { continue }
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
        // Nothing close: the commonest forms.
        return Array(fallback.prefix(count))
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

    /// The smallest edit that makes `text` an accepted form, as a hint: dropping one word that carries
    /// no meaning ("drop 'van'"), or correcting one mistyped word to a word of the plan's language that
    /// keeps the phrase's direction. Nil when no single edit works.
    static func smallestEdit(for text: String, context: PlanningParser.Context) -> MessageText? {
        // A planning is a few words: a long text gets no edit search.
        guard text.utf8.count <= 200 else { return nil }
        let pieces = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard pieces.count >= 2, pieces.count <= 12 else { return nil }
        func parses(_ candidate: String) -> Bool {
            var grammar = PlanningGrammar(words: PlanningWords.tokenize(candidate), original: candidate, context: context)
            guard let kind = try? grammar.schedule() else { return false }
            return kind != .noPlanning
        }
        for index in pieces.indices {
            let word = pieces[index]
            let folded = PlanningWords.tokenize(word)
            guard folded.count == 1, PlanningWords.fillers.contains(folded[0]) else { continue }
            var rest = pieces
            rest.remove(at: index)
            let candidate = rest.joined(separator: " ")
            if parses(candidate) { return Messages.dropWord(word, candidate) }
        }
        let direction = PlanningWords.direction(of: PlanningWords.tokenize(text))
        let vocabulary = languageVocabulary(context.language)
        for index in pieces.indices {
            let word = pieces[index]
            let folded = PlanningWords.tokenize(word)
            guard folded.count == 1, folded[0].count >= 4, folded[0].first?.isLetter == true, !vocabulary.contains(folded[0]) else { continue }
            let scalars = Array(folded[0].unicodeScalars)
            let limit = folded[0].count >= 8 ? 2 : 1
            let length = folded[0].count
            var nearest: [(word: String, distance: Int)] = []
            for candidate in vocabulary where abs(candidate.count - length) <= limit {
                let distance = Suggestions.editDistance(scalars, Array(candidate.unicodeScalars))
                if distance <= limit { nearest.append((candidate, distance)) }
            }
            nearest.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.word < $1.word }
            for (replacement, _) in nearest {
                var edited = pieces
                edited[index] = replacement
                let candidate = edited.joined(separator: " ")
                let editedDirection = PlanningWords.direction(of: PlanningWords.tokenize(candidate))
                guard direction == nil || editedDirection == direction, parses(candidate) else { continue }
                return Messages.replaceWord(word, by: replacement, candidate)
            }
        }
        return nil
    }

    /// The words of the accepted forms in a language (both when it is not known).
    static func languageVocabulary(_ language: PlanLanguage?) -> Set<String> {
        var words = Set<String>()
        for example in PlanningParser.examples(for: language) { words.formUnion(PlanningWords.tokenize(example)) }
        return words.filter { $0.first?.isLetter == true }
    }
}
