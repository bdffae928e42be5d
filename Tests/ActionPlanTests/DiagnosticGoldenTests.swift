import ActionPlan
import Foundation
import Testing

/// Each bad-input fixture gives exactly the diagnostics in its golden file; each good fixture none.
@Suite("Diagnostics of bad input")
struct DiagnosticGoldenTests {
    static func fixtureNames(_ folder: String) -> [String] {
        let url = TestSupport.fixtures.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test("every invalid fixture renders as its golden file", arguments: fixtureNames("invalid"))
    func invalid(_ name: String) throws {
        let loaded = try TestSupport.loadFixture("invalid/\(name)")
        #expect(!loaded.diagnostics.isEmpty, "\(name) should have a problem")
        try TestSupport.assertGolden(TestSupport.render(loaded), "invalid/\(name.replacingOccurrences(of: ".yaml", with: ".txt"))")
    }

    @Test("every valid fixture loads without a single diagnostic", arguments: fixtureNames("valid"))
    func valid(_ name: String) throws {
        let loaded = try TestSupport.loadFixture("valid/\(name)")
        #expect(loaded.diagnostics.isEmpty, "\(TestSupport.render(loaded))")
        #expect(loaded.plan != nil)
    }

    @Test("there is a fixture for each validation rule")
    func coverage() {
        #expect(Self.fixtureNames("invalid").count >= 40)
    }
}
