import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
/// The closing line of `plan validate` for people.
package enum DiagnosticsText {
    /// `checked 2 plan files and 1 progress file: 1 error and 2 warnings`, or `…: no problems`, in a language
    /// (with a note before it on actions whose source names no owner).
    package static func summary(_ report: ValidationReport, language: PlanLanguage = .en) -> String {
        let notes = report.actionsNamingNoOwner.map { file in
            Messages.actionsNamingNoOwner(file.path, ids: file.ids).text(in: language) + "\n"
        }.joined()
        return notes + Messages.validateSummary(planFiles: report.planFiles, progressFiles: report.progressFiles,
                                                errors: report.errors, warnings: report.warnings).text(in: language) + "\n"
    }
}
