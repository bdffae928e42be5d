import ActionPlanCore
import ActionPlanFiles
import Foundation

/// What `plan derive` is asked to write.
package struct LocalPlanDerivationRequest: Sendable {
    /// The municipality's name; trimmed, and required.
    package var municipality: String
    /// The regional owners the municipality stands in for, by key, name or alias (none: the
    /// registry's municipal roles).
    package var roles: [String]
    /// The file to write (default: `<municipality>-<period>.yaml` in the working directory).
    package var output: String?
    /// Whether an earlier local plan for the same municipality and the same regional plan may be replaced.
    package var force: Bool
    /// The language of the comments and messages (default: the regional plan's).
    package var language: PlanLanguage?
    /// The folder relative paths are taken from (default: the process's current folder).
    package var workingDirectory: String?

    /// Creates a request.
    package init(
        municipality: String, roles: [String] = [], output: String? = nil, force: Bool = false,
        language: PlanLanguage? = nil, workingDirectory: String? = nil
    ) {
        self.municipality = municipality
        self.roles = roles
        self.output = output
        self.force = force
        self.language = language
        self.workingDirectory = workingDirectory
    }
}

/// A local plan `plan derive` wrote.
package struct DerivedLocalPlan: Sendable {
    /// The local plan's path.
    package var path: String
    /// The snapshot's path.
    package var snapshotPath: String
    /// What was derived.
    package var derivation: LocalPlanDerivation
    /// Whether an earlier local plan was replaced (`--force`).
    package var replaced: Bool

    /// One line saying what was written, in the derivation's language.
    package var summary: String {
        let l = Localizer(derivation.language)
        let count = l.count(derivation.selectedActions.count, ("regionale actie", "regionale acties"), ("regional action", "regional actions"))
        let owners = derivation.adoptedOwners.joined(separator: ", ")
        return l.text(Messages.derived(path, count: count, municipality: derivation.municipality, owners: owners, snapshot: PathText.fileName(of: snapshotPath)))
    }
}

extension Workspace {
    /// Writes a starter local plan for one municipality from the workspace's one (regional) plan,
    /// with a snapshot of that plan beside it (`plan derive`).
    ///
    /// The local plan names the regional plan relative to its own folder (absolute when given so),
    /// so it loads wherever a command runs. Nothing is ever written onto a plan read (the regional
    /// plan, its base, its snapshot), not even with `force`; `force` replaces only an earlier local
    /// plan for the same municipality that extends the same regional plan. The municipality's own
    /// registry entry is found through the workspace's owner lookup (key, name or alias; also as
    /// "Gemeente NAME"), and the actions it owns are adopted with those of its roles.
    package func deriveLocalPlan(_ request: LocalPlanDerivationRequest, afterStep: LocalPlanWriteHook? = nil) throws(LocalPlanFailure) -> DerivedLocalPlan {
        guard plans.count == 1 else {
            let l = Localizer(request.language ?? plans.first?.plan.metadata.language ?? .en)
            throw .usage(l.text(Messages.deriveOneRegionalPlan(found: plans.count)))
        }
        let regional = plans[0].plan
        let l = Localizer(request.language ?? regional.metadata.language)
        var municipality = LocalPlanDerivation.bareName(request.municipality)
        guard !municipality.isEmpty, municipality.contains(where: { $0.isLetter || $0.isNumber }) else {
            throw .usage(l.text(Messages.deriveNeedsMunicipality))
        }
        var roles: [String]?
        if !request.roles.isEmpty {
            do { roles = try request.roles.map { role throws(LookupFailure) in try owner(named: role) } } catch { throw .usage(error.description) }
        }
        let owners = self.owners
        let ownKey = LocalPlanDerivation.registryNames(of: municipality).lazy.compactMap { owners.key(for: $0) }
            .first { regional.organisation(key: $0)?.kind == .organisation }
        if let ownKey, let own = regional.organisation(key: ownKey) {
            // The title and region in the registry's spelling ("Capelle a/d IJssel" → "Capelle aan den IJssel").
            municipality = LocalPlanDerivation.bareName(own.name)
        } else if let near = Self.nearMunicipality(municipality, in: regional) {
            // One letter off the region's spelling would silently leave out the actions the municipality leads.
            let led = regional.actions.filter { $0.owners.contains { $0.key == near.key } }.map(\.id)
            throw .usage(Messages.municipalityNearMiss(municipality, suggestion: LocalPlanDerivation.bareName(near.name), key: near.key, actions: led)
                .text(in: l.language))
        }
        let derivation = LocalPlanDerivation(regional: regional, municipality: municipality, roles: roles,
                                             municipalityKey: ownKey, language: l.language)
        guard !derivation.adoptedOwners.isEmpty else {
            throw .usage(l.text(Messages.deriveNoMunicipalRoles))
        }
        let period = regional.metadata.period
        let output = request.output ?? "\(derivation.slug)-\(period.firstYear)-\(period.lastYear).yaml"
        let folder = PathText.folder(of: output)
        let fileName = PathText.fileName(of: output)
        let stem = fileName.hasSuffix(".yaml") || fileName.hasSuffix(".yml") ? String(fileName[..<fileName.lastIndex(of: ".")!]) : fileName

        // Every plan this command reads is out of bounds for its writes, however its path is spelled.
        let inputs = [regional.path, regional.base?.path, regional.base?.snapshotPath].compactMap { $0 }
        let protected = Set(inputs.compactMap(FileIdentity.init(path:)))
        func refuseInput(_ path: String) -> LocalPlanFailure {
            .usage(l.text(Messages.deriveOutputIsInput(path)))
        }
        if let identity = FileIdentity(path: output), protected.contains(identity) { throw refuseInput(output) }
        // A folder, device or read-only file at the path is refused before anything else is looked at.
        do { _ = try OutputFile.check(output, existing: .replace) } catch { throw .failed(error.description) }

        var oldSnapshot: String?
        var replaced = false
        if FileIdentity(path: output) != nil || FileManager.isSymbolicLink(output) {
            guard request.force else {
                throw .usage(l.text(Messages.existsGiveForce(output)))
            }
            guard case .success(let earlierBytes) = run.reads.bytes(path: output),
                  let earlier = LocalPlanHeader.read(bytes: earlierBytes, path: output), let base = earlier.basePath,
                  FileIdentity(path: PathText.join(PathText.folder(of: output), base.value)) == FileIdentity(path: regional.path),
                  earlier.id == derivation.planID
                    || earlier.region.map(TextFolding.fold) == TextFolding.fold("Gemeente \(municipality)") else {
                throw .usage(l.text(Messages.deriveNotAnEarlierLocalPlan(output, municipality: municipality)))
            }
            oldSnapshot = earlier.snapshot.map { PathText.join(PathText.folder(of: output), $0.value) }
            // Never over the official's work: anything derive would not write again is refused, by name.
            let edits = localEdits(in: output, earlier: earlier, snapshot: oldSnapshot, municipality: municipality, roles: roles, ownKey: ownKey)
            if !edits.isEmpty {
                throw .usage(Messages.deriveWouldLose(output, parts: edits.sections).text(in: l.language))
            }
            replaced = true
        }
        // The bytes the workspace loaded the regional plan from: the snapshot is exactly what was derived from.
        guard case .success(let baseBytes) = run.reads.bytes(path: regional.path) else {
            throw .failed(l.text(Messages.cannotBeRead(regional.path)))
        }
        let version = ContentHash.of(baseBytes)
        let usual = "\(stem).base-snapshot.yaml"
        var snapshotName = usual
        if FileIdentity(path: PathText.join(folder, usual)) != nil || FileManager.isSymbolicLink(PathText.join(folder, usual)) {
            guard request.force else {
                throw .usage(l.text(Messages.existsGiveForce(PathText.join(folder, usual))))
            }
            // Never over a snapshot in use: the old pair stays whole until the new plan replaces the old one.
            snapshotName = SnapshotPair.freshName(stem: stem, version: version, folder: folder, avoiding: oldSnapshot).name
        }
        let snapshotPath = PathText.join(folder, snapshotName)
        if let identity = FileIdentity(path: snapshotPath), protected.contains(identity) { throw refuseInput(snapshotPath) }

        let basePath = RelativePath.reference(to: regional.path, fromFolder: folder.isEmpty ? "." : folder, workingDirectory: request.workingDirectory)
        let text = derivation.yaml(basePath: basePath, baseVersion: version, snapshot: snapshotName, today: today, regionalBytes: baseBytes)
        let snapshotBytes = LocalPlanSnapshot.bytes(of: baseBytes, basePath: basePath, regionalOnDisk: regional.path, localFolder: folder)
        // What derive writes must load: a title, name or key from the regional plan that the writing
        // let through would give a local plan `plan validate` refuses (issue 24). Checked before
        // anything is written; loading it notes the snapshot path as one this run reads, which derive
        // then writes on purpose (`updating`), having refused every input of its own above.
        // Loaded over what this run read (the regional plan is not read again) and the snapshot as it will be.
        run.reads.expect(snapshotBytes, at: snapshotPath)
        let written = run.load(bytes: Array(text.utf8), path: output)
        guard written.plan != nil, written.isValid else {
            throw .invalid(FileDiagnostics(
                path: output, kind: .plan, diagnostics: written.diagnostics.filter { $0.severity == .error }, source: written.source,
                checkCommand: CheckCommand(plan: output), language: request.language ?? regional.metadata.language),
                advice: Messages.derivedWouldHaveErrors, language: l.language)
        }
        let files: [OutputFile]
        do {
            files = try OutputFile.check([(snapshotPath, .refuse), (output, request.force ? .replace : .refuse)], updating: [snapshotPath])
        } catch {
            if error.problem == .exists {
                throw .usage(l.text(Messages.existsGiveForce(error.path)))
            }
            throw .failed(error.description)
        }
        try SnapshotPair.write(snapshot: files[0], snapshotBytes: snapshotBytes, localPlan: files[1], localBytes: Array(text.utf8),
                               oldSnapshot: oldSnapshot, protected: protected, afterStep: afterStep)
        return DerivedLocalPlan(path: output, snapshotPath: snapshotPath, derivation: derivation, replaced: replaced)
    }
}

extension Workspace {
    /// The region's own entry for a municipality whose name is close to, but not, the one given
    /// (one letter off), by its name, short name or aliases with or without "Gemeente".
    static func nearMunicipality(_ name: String, in regional: Plan) -> Organisation? {
        var byName: [String: Organisation] = [:]
        for organisation in regional.organisations where organisation.kind == .organisation {
            for spelling in [organisation.name] + organisation.aliases {
                let bare = LocalPlanDerivation.bareName(spelling)
                if bare != spelling || TextFolding.fold(organisation.key).hasPrefix("gemeente") { byName[bare] = organisation }
            }
        }
        return Suggestions.nearestName(to: name, in: byName.keys.sorted()).flatMap { byName[$0] }
    }

    /// What the local plan at `path` holds that a fresh derive for the municipality would not write,
    /// compared with derive's text over the regional plan as the file last took it (its snapshot),
    /// in either language.
    func localEdits(in path: String, earlier: LocalPlanHeader, snapshot: String?, municipality: String, roles: [String]?, ownKey: String?) -> LocalEdits {
        guard case .success(let bytes) = run.reads.bytes(path: path) else { return LocalEdits(sections: ["#"]) }
        let existing = String(decoding: bytes, as: UTF8.self)
        var regional = plans[0].plan
        if let snapshot, let taken = run.entry(path: snapshot, extending: [], asBase: true).loaded.plan, taken.base == nil { regional = taken }
        let regionalBytes: [UInt8]? = if case .success(let read) = run.reads.bytes(path: plans[0].plan.path) { read } else { nil }
        let texts = PlanLanguage.allCases.map { language in
            LocalPlanDerivation(regional: regional, municipality: municipality, roles: roles, municipalityKey: ownKey, language: language)
                .yaml(basePath: earlier.basePath?.value ?? "", baseVersion: earlier.version?.value ?? "", snapshot: earlier.snapshot?.value ?? "", today: today,
                      regionalBytes: regionalBytes)
        }
        return LocalEdits.find(in: existing, derivedTexts: texts)
    }
}

extension FileManager {
    /// Whether a symbolic link is at the path (whether or not it points anywhere).
    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeSymbolicLink
    }
}
