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
            return .error(.controlCharacter, Messages.controlCharacter(name), at: location, hint: Messages.controlCharacterHint)
        }
        return .error(.notUTF8, Messages.unreadableText(problem), at: location)
    }

    /// A syntax error found by libyaml's scanner or parser.
    static func syntaxDiagnostic(problem: String, context: String?, at location: SourceLocation, contextAt: SourceLocation?) -> Diagnostic {
        if problem.contains("Maximum nesting level") || (context ?? "").contains("Maximum nesting level") {
            return .error(.tooDeep, Messages.nestsTooDeep(LoadLimits.maximumNesting), at: location, hint: Messages.nestsTooDeepHint)
        }
        // A quote opened and never closed: libyaml notices at the end of the file; point at the opening quote.
        if let context, context.contains("quoted scalar"), let contextAt {
            return .error(.yamlSyntax, Messages.quoteNeverClosed, at: contextAt, hint: Messages.quoteNeverClosedHint)
        }
        let (message, hint) = Messages.yamlSyntax(problem)
        return .error(.yamlSyntax, message, at: location, hint: hint)
    }
}
