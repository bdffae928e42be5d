import ActionPlanCore
/// Turns libyaml's errors into our diagnostics, in the plan writer's words, built from the error's
/// position and problem only.
enum YAMLErrorConversion {
    /// A problem reading the text (libyaml's reader), at a UTF-8 offset.
    static func readerDiagnostic(problem: String, utf8Offset: Int, value: Int32, source: SourceText) -> Diagnostic {
        let location = source.location(ofUTF8Offset: min(max(0, utf8Offset), source.text.utf8.count))
        if problem.contains("control characters") {
            let code = String(value, radix: 16, uppercase: true)
            let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
            return .error(.controlCharacter, "the file contains the control character \(name), which text files do not have", at: location,
                          hint: "is this a binary file? plan files are UTF-8 text; remove the character")
        }
        return .error(.notUTF8, "the file cannot be read as text: \(problem)", at: location)
    }

    /// A syntax error found by libyaml's scanner or parser.
    static func syntaxDiagnostic(problem: String, context: String?, at location: SourceLocation, contextAt: SourceLocation?) -> Diagnostic {
        if problem.contains("Maximum nesting level") || (context ?? "").contains("Maximum nesting level") {
            return .error(.tooDeep, "the file nests deeper than \(LoadLimits.maximumNesting) levels", at: location,
                          hint: "plan files need only a few levels of indentation; is this really a plan file?")
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
