import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The closing line of `plan validate` for people.
package enum DiagnosticsText {
    /// `checked 2 plan files and 1 progress file: 1 error and 2 warnings`, or `…: no problems`.
    package static func summary(_ report: ValidationReport) -> String {
        let files = report.planFiles, progressFiles = report.progressFiles
        var checked = files == 1 ? "1 plan file" : "\(files) plan files"
        if progressFiles > 0 { checked += progressFiles == 1 ? " and 1 progress file" : " and \(progressFiles) progress files" }
        let errors = report.errors, warnings = report.warnings
        let notes = report.actionsNamingNoOwner.map { file in
            let count = file.ids.count == 1 ? "1 action names" : "\(file.ids.count) actions name"
            return "note: \(file.path): \(count) no owner, as the source (\(file.ids.prefix(10).joined(separator: ", "))\(file.ids.count > 10 ? ", …" : "")); "
                + "plan workload shows them under 'no owner named'\n"
        }.joined()
        if errors == 0 && warnings == 0 { return notes + "checked \(checked): no problems\n" }
        var parts: [String] = []
        if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        return notes + "checked \(checked): " + parts.joined(separator: " and ") + "\n"
    }
}
