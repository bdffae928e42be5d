import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
extension ReportData {
    /// The name the report prints for an owner: people outside the secretariat do not know the
    /// registry's keys, so the display name (`short`, else a key that is itself a name, else the full
    /// name). The one place the report turns a key into a name.
    func ownerName(_ key: String) -> String {
        names.name(key)
    }
}
