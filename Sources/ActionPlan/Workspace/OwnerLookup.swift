import ActionPlanCore
import ActionPlanFiles
extension Workspace {
    /// The owner a name stands for in each plan that knows it (key, name, short name or alias; case and
    /// accents ignored): `RIEC` is the RIEC of every plan given, `RIEC Limburg` only Zuid-Limburg's.
    /// An unknown name is a failure that suggests the closest display names.
    package func ownerMatch(named name: String) throws(LookupFailure) -> OwnerMatch {
        var keys: [String: String] = [:]
        for tracked in plans {
            if let key = OwnerRegistry(organisations: tracked.plan.organisations).key(for: name) { keys[tracked.plan.metadata.id] = key }
        }
        if keys.isEmpty { throw unknownOwner(name) }
        return OwnerMatch(keysByPlan: keys)
    }

    /// The owner of an optional name (see `ownerMatch(named:)`), nil for none given.
    package func ownerMatch(ifNamed name: String?) throws(LookupFailure) -> OwnerMatch? {
        guard let name else { return nil }
        return try ownerMatch(named: name)
    }

    /// The failure for a name no registry knows: the closest names people read (display names, never
    /// registry keys such as `gemeente-dordrecht`).
    func unknownOwner(_ name: String) -> LookupFailure {
        let closest = Self.closestDisplayNames(to: name, in: plans.flatMap(\.plan.organisations))
        return LookupFailure(Messages.unknownOwnerName(name, closest: closest))
    }

    /// Up to three display names whose names come closest to `name`: names that contain the word (or are
    /// contained in it) first — `Dordrecht` finds `Gemeente Dordrecht` — then the fewest edits.
    static func closestDisplayNames(to name: String, in organisations: [Organisation]) -> [String] {
        let word = TextFolding.fold(name)
        guard !word.isEmpty else { return [] }
        var best: [String: Int] = [:]
        var order: [String] = []
        for organisation in organisations {
            let display = organisation.displayName
            for candidate in [organisation.key, organisation.name, display] + organisation.aliases {
                let folded = TextFolding.fold(candidate)
                let contains = folded.contains(word) || (word.contains(folded) && folded.count >= 3)
                // A typo in one word of a longer name ("dordrect") is as close as that word.
                let distance = contains ? 0 : ([folded] + folded.split(separator: " ").map(String.init)).map {
                    Suggestions.editDistance(Array(word.unicodeScalars), Array($0.unicodeScalars))
                }.min()!
                if best[display] == nil { order.append(display) }
                best[display] = min(best[display] ?? .max, distance)
            }
        }
        // Beyond a third of the word's length in edits a name is no longer a plausible typo.
        let allowed = max(1, word.count / 3)
        return order.enumerated()
            .filter { best[$0.element]! <= allowed }
            .sorted { a, b in best[a.element]! != best[b.element]! ? best[a.element]! < best[b.element]! : a.offset < b.offset }
            .prefix(3).map(\.element)
    }
}
