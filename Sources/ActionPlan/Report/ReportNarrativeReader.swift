import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// Reads the adviser's text file of a report (docs/report.md): headings say what each piece
/// belongs to; an unknown heading, theme or action is an error at its line, so a text never
/// silently loses a paragraph.
package enum ReportNarrativeReader {
    /// The text with its problems; the text is usable when no problem is an error.
    package struct Result: Sendable {
        /// What was read.
        package var narrative: ReportNarrative
        /// The problems, in file order.
        package var diagnostics: [Diagnostic]
        /// The file's text, for quoting lines in rendered diagnostics.
        package var source: SourceText
    }

    /// Reads the file at `path` for `plan`.
    package static func load(path: String, plan: Plan) -> Result {
        let start = SourceLocation(file: path, line: 1, column: 1)
        switch RegularFile.read(path: path) {
        case .failure(let failure):
            return Result(narrative: ReportNarrative(), diagnostics: [.error(.fileUnreadable, failure.messageText, at: start, hint: failure.hintText)],
                          source: SourceText(path: path, text: ""))
        case .success(let bytes):
            switch TextDecoding.decode(bytes) {
            case .success(let text):
                return read(text, path: path, plan: plan)
            case .failure:
                return Result(narrative: ReportNarrative(),
                              diagnostics: [.error(.notUTF8, Messages.reportTextNotUTF8, at: start, hint: Messages.utf16Hint)],
                              source: SourceText(path: path, text: ""))
            }
        }
    }

    /// The part of the report a heading names.
    enum Part: Hashable {
        case keyMessage, introduction, decision
        case theme(String)
        case action(String)
    }

    /// The headings of the fixed parts, in both languages, folded.
    static let fixedParts: [String: Part] = [
        "kernboodschap": .keyMessage, "key message": .keyMessage,
        "inleiding": .introduction, "introduction": .introduction,
        "gevraagd besluit": .decision, "besluit": .decision, "voorgesteld besluit": .decision,
        "decision": .decision, "decision asked": .decision, "proposed decision": .decision,
    ]
    static let themeWords: Set<String> = ["thema", "theme", "actielijn"]
    static let actionWords: Set<String> = ["actie", "action"]

    /// Reads the text of a file named `path`.
    package static func read(_ text: String, path: String, plan: Plan) -> Result {
        let source = SourceText(path: path, text: text)
        var narrative = ReportNarrative()
        var diagnostics: [Diagnostic] = []
        let themeIDs = plan.themes.map(\.id)
        let actionIDs = plan.actions.map(\.id)
        let knownThemes = Set(themeIDs)
        let knownActions = Set(actionIDs)
        var current: Part?
        var currentTheme: String?
        var seen: [Part: Int] = [:]
        var blocks: [ReportNarrative.Block] = []
        var paragraph: [String] = []
        var listItems: [String] = []
        var inComment = false
        var strayReported = false

        func endBlock() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
            if !listItems.isEmpty { blocks.append(.list(listItems)); listItems = [] }
        }
        func endPart() {
            endBlock()
            defer { blocks = [] }
            guard let current, !blocks.isEmpty else { return }
            switch current {
            case .keyMessage: narrative.keyMessage = blocks
            case .introduction: narrative.introduction = blocks
            case .decision: narrative.decision = blocks
            case .theme(let id): narrative.themes[id] = blocks
            case .action(let id): narrative.actions[id] = blocks
            }
        }

        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            var line = Substring(rawLine)
            // Comments (`<!-- … -->`, the template's guidance) are the adviser's notes, not report text.
            if inComment {
                guard let end = line.range(of: "-->") else { continue }
                line = line[end.upperBound...]
                inComment = false
            }
            while let open = line.range(of: "<!--") {
                let before = line[..<open.lowerBound]
                if let close = line[open.upperBound...].range(of: "-->") {
                    line = before + line[close.upperBound...]
                } else {
                    line = before
                    inComment = true
                }
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                endBlock()
                continue
            }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix { $0 == "#" }.count
                let title = trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)
                let location = SourceLocation(file: path, line: number, column: line.distance(from: line.startIndex, to: line.firstIndex(of: "#")!) + 1)
                endPart()
                current = nil
                // Text under a heading already reported is not reported again.
                strayReported = true
                if title.split(whereSeparator: { $0.isWhitespace }).first.map({ themeWords.contains(TextFolding.fold($0)) }) == true {
                    currentTheme = nil
                }
                guard let part = part(of: title, at: location, themes: knownThemes, actions: knownActions,
                                      themeIDs: themeIDs, actionIDs: actionIDs, diagnostics: &diagnostics) else { continue }
                if case .theme(let id) = part { currentTheme = id }
                if case .action(let id) = part, let currentTheme, let action = plan.actions.first(where: { $0.id == id }),
                   action.themeID != currentTheme {
                    diagnostics.append(.error(
                        .reportTextUnknownPart, Messages.actionUnderOtherTheme(id, theme: action.themeID, above: currentTheme),
                        at: location, hint: Messages.actionUnderOtherThemeHint(action.themeID)))
                    continue
                }
                if let first = seen[part] {
                    diagnostics.append(.error(
                        .reportTextRepeated, Messages.writtenTwice(title), at: location, hint: Messages.writtenTwiceHint,
                        notes: [.init(Messages.firstWrittenHere, at: SourceLocation(file: path, line: first, column: 1))]))
                    continue
                }
                seen[part] = number
                current = part
                strayReported = false
                continue
            }
            guard current != nil else {
                if !strayReported {
                    diagnostics.append(.error(
                        .reportTextRepeated, Messages.textUnderNoHeading, at: SourceLocation(file: path, line: number, column: 1),
                        hint: Messages.textUnderNoHeadingHint))
                    strayReported = true
                }
                continue
            }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed == "-" {
                if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
                listItems.append(trimmed.dropFirst(1).trimmingCharacters(in: .whitespaces))
            } else if !listItems.isEmpty && line.first?.isWhitespace == true {
                // An indented line continues the list item above it.
                listItems[listItems.count - 1] += " " + trimmed
            } else {
                if !listItems.isEmpty { blocks.append(.list(listItems)); listItems = [] }
                paragraph.append(trimmed)
            }
        }
        endPart()
        return Result(narrative: narrative, diagnostics: diagnostics.sortedByPosition(), source: source)
    }

    /// The part a heading names, or nil with a diagnostic.
    private static func part(
        of title: String, at location: SourceLocation, themes: Set<String>, actions: Set<String>,
        themeIDs: [String], actionIDs: [String], diagnostics: inout [Diagnostic]
    ) -> Part? {
        let folded = TextFolding.fold(title).trimmingCharacters(in: CharacterSet(charactersIn: ":. "))
        if let fixed = fixedParts[folded] { return fixed }
        let words = title.split(whereSeparator: { $0.isWhitespace })
        guard let first = words.first.map({ TextFolding.fold($0) }), words.count >= 2,
              themeWords.contains(first) || actionWords.contains(first) else {
            diagnostics.append(.error(.reportTextUnknownPart, Messages.notAHeading(title), at: location, hint: Messages.headingsAreHint))
            return nil
        }
        // The id is the word after "Thema"/"Actie"; what follows it (a dash and the title) is for the reader.
        var id = String(words[1])
        while let last = id.last, ":—–-,".contains(last) { id.removeLast() }
        let isTheme = themeWords.contains(first)
        let known = isTheme ? themes : actions
        if !known.contains(id), id.hasSuffix("."), known.contains(String(id.dropLast())) { id.removeLast() }
        guard known.contains(id) else {
            let kind = isTheme ? Messages.kindTheme : Messages.kindAction
            let nearest = Suggestions.nearest(to: id, in: isTheme ? themeIDs : actionIDs, count: 3)
            diagnostics.append(.error(
                .reportTextUnknownID, Messages.planHasNo(kind, id), at: location,
                hint: nearest.isEmpty ? Messages.checkIDAgainstPlan : Messages.nearestOfKind(kind, nearest.map { "'\($0)'" }.joined(separator: ", "))))
            return nil
        }
        return isTheme ? .theme(id) : .action(id)
    }
}
