import ActionPlan
import Foundation
import Testing

/// Issue 24: a local plan's paths are data, not orders. A snapshot that is a file beside the plan but
/// not a plan is never quoted; a local plan opened through a link reads its base and snapshot from the
/// real file's folder, and `--accept` writes there too — every read and every write the same path.
@Suite("Local-plan paths")
struct LocalPlanPathTests {
    private let manager = FileManager.default
    private let secret = "root:x:0:0:root:/root:/bin/bash\ngeheim: wachtwoord123\n"

    /// A folder with `real/` holding the Rotterdam plan and Dordrecht's local plan derived from it.
    private func derived() throws -> URL {
        let folder = manager.temporaryDirectory.appendingPathComponent("local-paths-\(UUID().uuidString)")
        try manager.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
        try manager.copyItem(atPath: TestSupport.shippedPlan("rotterdam-2024-2026.yaml"), toPath: folder.appendingPathComponent("real/rotterdam.yaml").path)
        let derive = try TestSupport.runPlan(["derive", "rotterdam.yaml", "--municipality", "Dordrecht", "--output", "dordrecht.yaml"],
                                             currentDirectory: folder.appendingPathComponent("real"))
        #expect(derive.status == 0, "\(derive.stderr)")
        return folder
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    private func replace(_ old: String, with new: String, in url: URL) throws {
        let before = try text(url)
        #expect(before.contains(old), "'\(old)' not in \(url.lastPathComponent)")
        try before.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("diff --upstream on a snapshot beside the plan that is not a plan: its text is never shown", arguments: [false, true])
    func snapshotNotAPlanIsNotQuoted(versionMatchesTheFile: Bool) throws {
        let folder = try derived()
        defer { try? manager.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real")
        try secret.write(to: real.appendingPathComponent("notities.txt"), atomically: true, encoding: .utf8)
        let local = real.appendingPathComponent("dordrecht.yaml")
        try replace("snapshot: \"dordrecht.base-snapshot.yaml\"", with: "snapshot: \"notities.txt\"", in: local)
        if versionMatchesTheFile {
            // The version recorded is the file's own: the snapshot passes the integrity check and is read as a plan.
            let version = try #require(try text(local).firstMatch(of: /version: "([^"]*)"/)?.1)
            try replace(String(version), with: ContentHash.of(Array(secret.utf8)), in: local)
        }
        for arguments in [["diff", "--upstream", "dordrecht.yaml"], ["diff", "--upstream", "dordrecht.yaml", "--accept"], ["validate", "dordrecht.yaml"]] {
            let result = try TestSupport.runPlan(arguments, currentDirectory: real)
            let output = result.stdout + result.stderr
            #expect(!output.contains("wachtwoord123") && !output.contains("root:x"), "\(arguments): \(output)")
            if arguments.count == 3 && !versionMatchesTheFile { #expect(output.contains("AP811"), "\(output)") }
            if arguments.count == 3 && versionMatchesTheFile { #expect(output.contains("de tekst van het bestand wordt niet getoond") || output.contains("the file's text is not shown"), "\(output)") }
        }
        // The file it named is not this plan's own snapshot: accepting left it alone.
        #expect(try text(real.appendingPathComponent("notities.txt")) == secret)
    }

    @Test("a local plan opened through a link: base and snapshot from the real file's folder, for reading and for --accept")
    func linkedLocalPlan() throws {
        let folder = try derived()
        defer { try? manager.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real")
        try manager.createDirectory(at: folder.appendingPathComponent("links"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("links/dordrecht.yaml").path, withDestinationPath: "../real/dordrecht.yaml")
        func validate() throws -> String {
            let result = try TestSupport.runPlan(["validate", "links/dordrecht.yaml"], currentDirectory: folder)
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            return result.stdout + result.stderr
        }
        #expect(!(try validate()).contains("AP8"))

        // A snapshot edited by hand is found through the link (the check read the link's folder before).
        let snapshot = real.appendingPathComponent("dordrecht.base-snapshot.yaml")
        let original = try Data(contentsOf: snapshot)
        try (String(decoding: original, as: UTF8.self) + "# met de hand\n").write(to: snapshot, atomically: true, encoding: .utf8)
        #expect(try validate().contains("AP811"))
        try original.write(to: snapshot)

        // A regional plan with an error: the local plan works on its snapshot, found through the link.
        let regional = real.appendingPathComponent("rotterdam.yaml")
        let regionalBytes = try Data(contentsOf: regional)
        try (String(decoding: regionalBytes, as: UTF8.self) + "onbekend: x\n").write(to: regional, atomically: true, encoding: .utf8)
        let onSnapshot = try validate()
        #expect(onSnapshot.contains("AP802") && onSnapshot.contains("warning"), "\(onSnapshot)")
        try regionalBytes.write(to: regional)

        // The region changes a title; accepting through the link writes the real folder's plan and snapshot.
        try replace("Publiceren regionale mensenhandelmonitor.", with: "Publiceren van de regionale mensenhandelmonitor.", in: regional)
        #expect(try validate().contains("AP804"))
        let accept = try TestSupport.runPlan(["diff", "--upstream", "links/dordrecht.yaml", "--accept"], currentDirectory: folder)
        #expect(accept.status == 0, "\(accept.stdout)\(accept.stderr)")
        #expect(try manager.contentsOfDirectory(atPath: folder.appendingPathComponent("links").path) == ["dordrecht.yaml"])
        #expect(try manager.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("links/dordrecht.yaml").path) == "../real/dordrecht.yaml")
        // The new snapshot (named after the version) beside the real file, the old one removed.
        let name = try #require(try text(real.appendingPathComponent("dordrecht.yaml")).firstMatch(of: /snapshot: "([^"]*)"/)?.1)
        #expect(try text(real.appendingPathComponent(String(name))).contains("Publiceren van de regionale mensenhandelmonitor."))
        #expect(!manager.fileExists(atPath: snapshot.path))
        #expect(!(try validate()).contains("AP8"))
        #expect(try text(real.appendingPathComponent("dordrecht.yaml")).contains(ContentHash.of(Array(try Data(contentsOf: regional)))))
    }
}
