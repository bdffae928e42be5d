import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension ValidationReport {
    /// The closing lines of `plan validate` for people: `checked 2 plan files and 1 progress file: 1 error
    /// and 2 warnings`, or `…: no problems`, after a note per plan file whose source names no owner for
    /// some actions.
    public var summary: String {
        var checked = planFiles == 1 ? "1 plan file" : "\(planFiles) plan files"
        if progressFiles > 0 { checked += progressFiles == 1 ? " and 1 progress file" : " and \(progressFiles) progress files" }
        let notes = actionsNamingNoOwner.map { file in
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
