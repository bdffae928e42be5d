extension ReportData {
    /// The name the report prints for an owner: people outside the secretariat do not know the
    /// registry's keys, so the registry's name, and the key only when the registry lacks it.
    /// The one place the report turns a key into a name.
    func ownerName(_ key: String) -> String {
        plan.organisation(key: key)?.name ?? key
    }
}
