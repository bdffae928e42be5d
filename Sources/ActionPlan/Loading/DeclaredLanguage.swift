import ActionPlanCore
import Foundation
extension PlanLanguage {
    /// The language a plan file names on a line of its own (`  language: nl`), read from the text
    /// without parsing it: the messages about a file that cannot be parsed follow it too.
    /// Nil when no such line is found, or when the file names both.
    static func declared(in text: String) -> PlanLanguage? {
        var found: Set<PlanLanguage> = []
        // Only the head of the file: the plan's metadata comes first, and the file may be huge.
        for line in text.prefix(20_000).split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("language:") else { continue }
            var value = trimmed.dropFirst("language:".count)
            if let comment = value.firstIndex(of: "#") { value = value[..<comment] }
            let word = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            if let language = PlanLanguage(rawValue: word) { found.insert(language) }
        }
        return found.count == 1 ? found.first : nil
    }
}
