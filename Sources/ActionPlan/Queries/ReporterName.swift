import ActionPlanCore
import ActionPlanFiles
extension Plan {
    /// The name to show for who reported an entry (`by:`): an owner of the registry by its display name
    /// (`gemeente-dordrecht` reads `Gemeente Dordrecht`), any other text as written.
    package func reporterName(_ written: String) -> String {
        guard let key = OwnerRegistry(organisations: organisations).key(for: written), let organisation = organisation(key: key) else {
            return written
        }
        return organisation.displayName
    }
}
