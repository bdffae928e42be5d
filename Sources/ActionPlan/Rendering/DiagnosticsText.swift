import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The closing line of `plan validate` for people.
public enum DiagnosticsText {
    /// `checked 2 plan files and 1 progress file: 1 error and 2 warnings`, or `…: no problems`.
    public static func summary(_ report: ValidationReport) -> String {
        let files = report.planFiles, progressFiles = report.progressFiles
        var checked = files == 1 ? "1 plan file" : "\(files) plan files"
        if progressFiles > 0 { checked += progressFiles == 1 ? " and 1 progress file" : " and \(progressFiles) progress files" }
        let errors = report.errors, warnings = report.warnings
        if errors == 0 && warnings == 0 { return "checked \(checked): no problems\n" }
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        return "checked \(checked): " + parts.joined(separator: " and ") + "\n"
    }
}
