import ActionPlanCore
import ActionPlanFiles
import Foundation

/// Regional actions added to a local plan (`plan adopt LOCAL ID…`).
package struct AdoptedActions: Sendable {
    /// The local plan's path.
    package var path: String
    /// The ids added to `adopt: actions`, in the region's order.
    package var added: [String]
    /// The ids asked for that the plan adopted already.
    package var alreadyAdopted: [String]
    /// The language of the local plan.
    package var language: PlanLanguage

    /// One line saying what was done, in the local plan's language.
    package var summary: String {
        let l = Localizer(language)
        var parts: [String] = []
        if !added.isEmpty {
            parts.append(l.text(Messages.adopted(path, added.joined(separator: ", "))))
        }
        if !alreadyAdopted.isEmpty {
            parts.append(l.text(Messages.adoptedAlready(alreadyAdopted.joined(separator: ", "))))
        }
        return added.isEmpty ? l.text(Messages.nothingWrittenFor(path)) + parts.joined(separator: "; ") : parts.joined(separator: "; ")
    }
}

/// A regional action that names the municipality and that its local plan does not adopt (`plan adopt --suggest`).
package struct AdoptionSuggestion: Sendable {
    /// The regional action.
    package var action: Action
    /// The municipality's owners among its owners (its own registry entry, or the roles it stands in for).
    package var namedAs: [String]
}

extension Workspace {
    /// The regional owners that stand for the municipality of a local plan: the roles it maps and its
    /// own entry in the region's registry.
    static func municipalOwners(of local: Plan) -> Set<String> {
        Set(local.base?.municipalOwners ?? [])
    }

    /// The regional plan a local plan extends, loaded (the one the local plan was loaded over).
    func regionalPlan(of local: Plan) throws(LocalPlanFailure) -> Plan {
        let l = Localizer(local.metadata.language)
        guard let base = local.base else {
            throw .usage(l.text(Messages.extendsNoRegionalPlan(local.path)))
        }
        guard let regional = run.entry(path: base.path, extending: [], asBase: true).loaded.plan else {
            throw .failed(l.text(Messages.regionalPlanNotLoaded(base.path)))
        }
        return regional
    }

    /// The regional actions that name the municipality of a local plan (by its own registry entry, or
    /// by a role or group it maps) and that the local plan does not adopt, in the region's order.
    package func adoptionSuggestions(plan handle: PlanHandle? = nil) throws(LocalPlanFailure) -> [AdoptionSuggestion] {
        let local = try localPlan(handle).tracked.plan
        let regional = try regionalPlan(of: local)
        let adopted = Set(local.actions.filter(\.origin.isRegional).map(\.id))
        let municipal = Self.municipalOwners(of: local)
        return regional.actions.compactMap { action in
            guard !adopted.contains(action.id) else { return nil }
            let named = action.owners.map(\.key).filter(municipal.contains)
            return named.isEmpty ? nil : AdoptionSuggestion(action: action, namedAs: named)
        }
    }

    /// Adds regional actions (by id, or every action of a theme by the theme's id) to the `adopt:
    /// actions` list of a local plan (the first plan for nil). Only that list changes: every other
    /// byte stays as written. The result is loaded and checked before it replaces the file (it must
    /// load without errors and adopt what was asked); otherwise nothing is written.
    package func adopt(_ ids: [String], plan handle: PlanHandle? = nil) throws(LocalPlanFailure) -> AdoptedActions {
        let local = try localPlan(handle).tracked.plan
        let l = Localizer(local.metadata.language)
        let regional = try regionalPlan(of: local)
        let order = Dictionary(regional.actions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var wanted: [String] = []
        for id in ids {
            if order[id] != nil {
                wanted.append(id)
            } else if let theme = regional.themes.first(where: { $0.id == id }) {
                wanted += theme.allActions.map(\.id)
            } else {
                let nearest = Suggestions.nearest(to: id, in: regional.actions.map(\.id) + regional.themes.map(\.id), count: 3)
                throw .usage(l.text(Messages.noRegionalActionOrTheme(id, nearest: nearest.joined(separator: ", "))))
            }
        }
        let adopted = Set(local.actions.filter(\.origin.isRegional).map(\.id))
        var seen: Set<String> = []
        wanted = wanted.filter { seen.insert($0).inserted }.sorted { order[$0]! < order[$1]! }
        let new = wanted.filter { !adopted.contains($0) }
        let already = wanted.filter(adopted.contains)
        guard !new.isEmpty else { return AdoptedActions(path: local.path, added: [], alreadyAdopted: already, language: local.metadata.language) }
        guard case .success(var bytes) = run.reads.bytes(path: local.path) else {
            throw .failed(l.text(Messages.cannotBeRead(local.path)))
        }
        let titles = Dictionary(regional.actions.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for id in new {
            let title = titles[id] ?? ""
            let comment = LocalPlanDerivation.commentText(title.count > 70 ? String(title.prefix(69)) + "…" : title)
            do {
                bytes = try AdoptEdit.adding(id, comment: comment, order: order, to: bytes, path: local.path)
            } catch {
                throw .usage(l.text(Messages.adoptNotEditable(local.path)))
            }
        }
        // The file as it will be must load without errors and adopt what was asked.
        let check = run.load(bytes: bytes, path: local.path)
        guard let plan = check.plan, check.isValid else {
            throw .invalid(FileDiagnostics(
                path: local.path, kind: .plan, diagnostics: check.diagnostics.filter { $0.severity == .error }, source: check.source,
                checkCommand: CheckCommand(plan: local.path), language: local.metadata.language),
                advice: Messages.adoptingLeavesErrors, language: l.language)
        }
        let nowAdopted = Set(plan.actions.filter(\.origin.isRegional).map(\.id))
        guard new.allSatisfy(nowAdopted.contains), adopted.isSubset(of: nowAdopted) else {
            throw .failed(l.text(Messages.cannotUpdateSafely(local.path)))
        }
        do {
            try OutputFile.check(local.path, existing: .replace, updating: [local.path]).write(bytes)
        } catch {
            throw .failed(error.description)
        }
        return AdoptedActions(path: local.path, added: new, alreadyAdopted: already, language: local.metadata.language)
    }
}
