import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension ValidationReport {
    /// The closing lines of `plan validate` for people: `checked 2 plan files and 1 progress file: 1 error
    /// and 2 warnings`, or `…: no problems`, after a note per plan file whose source names no owner for
    /// some actions. In English; `plan validate` says it in the plans' language (`summary(in:)`).
    public var summary: String { summary(in: .en) }

    /// The closing lines in a language: `3 planbestanden gecontroleerd: geen problemen`.
    package func summary(in language: PlanLanguage) -> String {
        let notes = actionsNamingNoOwner.map { file in
            Messages.actionsNamingNoOwner(file.path, ids: file.ids).text(in: language) + "\n"
        }.joined()
        return notes + Messages.validateSummary(planFiles: planFiles, progressFiles: progressFiles,
                                                errors: errors, warnings: warnings).text(in: language) + "\n"
    }
}
