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
        case .reader(let problem, let offset, _, _):
            var location = source.location(line: 1, column: 1)
            if let offset, let index = source.text.index(source.text.startIndex, offsetBy: offset, limitedBy: source.text.endIndex) {
                location = source.location(ofUTF8Offset: source.text.utf8.distance(from: source.text.utf8.startIndex, to: index))
            }
            if problem.contains("control characters") {
                return .error("the file contains a control character that text files do not have", at: location,
                              hint: "is this a binary file? plan files are UTF-8 text; remove the character")
            }
            return .error("the file cannot be read as text: \(problem)", at: location)
        case .duplicatedKeysInMapping(let keys, let context):
            return .error("duplicate key '\(keys.first ?? "")'", at: at(context.mark),
                          hint: "each key may appear once in a mapping; remove one, or merge the two values")
        case .memory:
            return .error("the file is too large to parse", at: source.location(line: 1, column: 1))
        default:
            return .error("the file cannot be parsed", at: source.location(line: 1, column: 1))
        }
    }

    private static func syntaxDiagnostic(problem: String, context: String?, at location: SourceLocation, contextAt: SourceLocation?) -> Diagnostic {
        if problem.contains("Maximum nesting level") || (context ?? "").contains("Maximum nesting level") {
            return .error("the file nests deeper than \(LoadLimits.maximumNesting) levels", at: location,
                          hint: "plan files need only a few levels of indentation; is this really a plan file?")
        }
        if problem == "found undefined alias" {
            return .error("anchors ('&name') and aliases ('*name') are not allowed in plan files", at: location,
                          hint: "write the value out in full; if the '*' is part of a text, put the text in quotes")
        }
        let hint: String? = switch problem {
        case "mapping values are not allowed in this context":
            "a text containing ': ' must be quoted: title: \"Doel: …\""
        case "found character that cannot start any token":
            "a value starting with '@' or '`' must be quoted, and indentation must use spaces, not tabs"
        case "did not find expected key", "did not find expected '-' indicator":
            "check the indentation: entries of the same mapping or list start in the same column"
        case "found unexpected end of stream", "found unexpected document indicator":
            "a quoted text is not closed: check its closing quote"
        case "could not find expected ':'":
            "a key needs ':' after it, or a text that spans lines needs quotes"
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            "indent with spaces, not tabs"
        default:
            nil
        }
        var message = "YAML syntax error: \(problem)"
        if let context, !context.isEmpty { message += " (\(context)" + (contextAt.map { " at line \($0.line)" } ?? "") + ")" }
        return .error(message, at: location, hint: hint)
    }
}
