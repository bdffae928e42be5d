import ActionPlanCore
import ActionPlanFiles
/// What a local plan holds that `plan derive` would not write: the official's own work (local
/// actions, overrides, local people, roles, budget, the adoption date, comments, an adopted set
/// changed by hand). `derive --force` refuses to replace a file that has any of it.
struct LocalEdits: Sendable, Equatable {
    /// The parts of the file with lines derive would not write, in file order: the top-level keys
    /// (`plan`, `adopt`, `organisations`, `roles`, `overrides`, `themes`, …), and `#` for comments.
    var sections: [String]

    /// Whether the file is exactly what derive writes (but for the day, version and snapshot it names).
    var isEmpty: Bool { sections.isEmpty }

    /// Compares the file's lines with the texts derive would write (one per language it may have
    /// been written in; the closest is taken). A line counts as the official's when derive would
    /// not write it; lines that only name the day of deriving, the version or the snapshot never count.
    static func find(in existing: String, derivedTexts: [String]) -> LocalEdits {
        let lines = existing.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(normalized)
        var best: [String]?
        for derived in derivedTexts {
            var available: [String: Int] = [:]
            for line in derived.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) { available[normalized(line), default: 0] += 1 }
            var sections: [String] = []
            var section = ""
            for line in lines {
                if let key = topLevelKey(line) { section = key }
                if line.trimmingCharacters(in: .whitespaces).isEmpty || isVolatile(line) { continue }
                if let count = available[line], count > 0 {
                    available[line] = count - 1
                    continue
                }
                let part = line.trimmingCharacters(in: .whitespaces).hasPrefix("#") ? "#" : (section.isEmpty ? "#" : section)
                if !sections.contains(part) { sections.append(part) }
            }
            if best == nil || sections.count < best!.count { best = sections }
        }
        return LocalEdits(sections: best ?? [])
    }

    /// A line without its line ending and trailing blanks.
    private static func normalized(_ line: Substring) -> String {
        var text = String(line)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return text
    }

    /// The top-level key a line opens, if it opens one.
    private static func topLevelKey(_ line: String) -> String? {
        guard let first = line.first, first != " ", first != "#", first != "-", let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
    }

    /// Lines derive writes differently on every run: the day, the version and the snapshot.
    private static func isVolatile(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("version:") || trimmed.hasPrefix("snapshot:") || trimmed.hasPrefix("# yaml-language-server:")
            || (trimmed.hasPrefix("#") && trimmed.contains("plan derive") && trimmed.contains("TODO"))
    }
}

import Foundation
