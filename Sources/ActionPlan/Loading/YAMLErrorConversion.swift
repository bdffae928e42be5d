import Yams

/// Turns Yams' errors into our diagnostics, built from the error's position and problem only:
/// an error's `description` quotes the whole document, which may be megabytes.
enum YAMLErrorConversion {
    static func diagnostic(for error: YamlError, source: SourceText) -> Diagnostic {
        func at(_ mark: Yams.Mark) -> SourceLocation { source.location(line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return syntaxDiagnostic(problem: problem, context: context?.text, at: at(mark), contextAt: context.map { at($0.mark) })
        case .reader(let problem, let offset, let value, _):
            var location = source.location(line: 1, column: 1)
            if let offset, let index = source.text.index(source.text.startIndex, offsetBy: offset, limitedBy: source.text.endIndex) {
                location = source.location(ofUTF8Offset: source.text.utf8.distance(from: source.text.utf8.startIndex, to: index))
            }
            if problem.contains("control characters") {
                let code = String(value, radix: 16, uppercase: true)
                let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
                return .error(.controlCharacter, "the file contains the control character \(name), which text files do not have", at: location,
                              hint: "is this a binary file? plan files are UTF-8 text; remove the character")
            }
            return .error(.notUTF8, "the file cannot be read as text: \(problem)", at: location)
        case .duplicatedKeysInMapping(let keys, let context):
            return .error(.duplicateKey, "duplicate key '\(keys.first ?? "")'", at: at(context.mark),
                          hint: "each key may appear once in a mapping; remove one, or merge the two values")
        case .memory:
            return .error(.tooDeep, "the file is too large to parse", at: source.location(line: 1, column: 1))
        default:
            return .error(.yamlSyntax, "the file cannot be parsed", at: source.location(line: 1, column: 1))
        }
    }

    private static func syntaxDiagnostic(problem: String, context: String?, at location: SourceLocation, contextAt: SourceLocation?) -> Diagnostic {
        if problem.contains("Maximum nesting level") || (context ?? "").contains("Maximum nesting level") {
            return .error(.tooDeep, "the file nests deeper than \(LoadLimits.maximumNesting) levels", at: location,
                          hint: "plan files need only a few levels of indentation; is this really a plan file?")
        }
        if problem == "found undefined alias" {
            return .error(.anchorsAndAliases, "anchors ('&name') and aliases ('*name') are not allowed in plan files", at: location,
                          hint: "write the value out in full; if the '*' is part of a text, put the text in quotes")
        }
        // A quote opened and never closed: libyaml notices at the end of the file; point at the opening quote.
        if let context, context.contains("quoted scalar"), let contextAt {
            return .error(.yamlSyntax, "this quoted text is never closed", at: contextAt,
                          hint: "add the closing quote; a quote inside the text is doubled ('') in single quotes, or escaped (\\\") in double quotes")
        }
        let (message, hint): (String, String?) = switch problem {
        case "mapping values are not allowed in this context":
            ("a ': ' inside a text that is not quoted", "put the text in quotes: title: \"Doel: …\"")
        case "found character that cannot start any token":
            ("a value starts with a character that YAML reserves ('@', '`' or '%')", "put the value in quotes")
        case "did not find expected key":
            ("this line's indentation does not fit the mapping above it",
             "entries of one mapping start in the same column; a text that spans lines must be quoted")
        case "did not find expected '-' indicator":
            ("this line's indentation does not fit the list above it", "entries of one list start with '- ' in the same column")
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            ("a tab is used for indentation", "indent with spaces, not tabs")
        case "but found another document":
            ("the file holds a second YAML document (after '---')", "a plan file is one document: remove the '---' line and what belongs to another plan")
        case "could not find expected ':'":
            ("a key without ':' after it", "a key needs ':' after it, or a text that spans lines needs quotes")
        case "found unexpected end of stream":
            ("the file ends in the middle of a value", "check that every quote and bracket is closed")
        case "did not find expected ',' or ']'":
            ("a list in brackets is not closed with ']'", "close the list, and quote texts that contain ',' or ']'")
        case "did not find expected ',' or '}'":
            ("a mapping in braces is not closed with '}'", "close the mapping, and quote texts that contain ',' or '}'")
        case "found unknown escape character":
            ("an unknown escape ('\\…') in a double-quoted text", "write a backslash as \\\\, or use single quotes")
        default:
            ("YAML syntax error: \(problem)", nil)
        }
        return .error(.yamlSyntax, message, at: location, hint: hint)
    }
}
