import ActionPlanCore
import ActionPlanFiles

/// The few things `derive` and `--accept` need from a local plan file before deciding to write:
/// its id and region, and its `extends:` scalars with where they are written.
struct LocalPlanHeader {
    /// A scalar of the file with its 1-based position.
    struct Scalar {
        var value: String
        var line: Int
        var column: Int
    }

    var id: String?
    var region: String?
    var basePath: Scalar?
    var version: Scalar?
    var snapshot: Scalar?
    /// Where `extends:` starts.
    var extendsLine: Int

    /// Reads the header of the local plan in `text` (nil when the text is not a local plan).
    static func read(bytes: [UInt8], path: String) -> LocalPlanHeader? {
        var document = YAMLDocument.parse(bytes: bytes, path: path)
        guard let root = document.takeRoot(), LocalPlanDecoder.isLocalPlan(root), case .mapping(let mapping) = root,
              let extends = mapping["extends"], case .mapping(let fields) = extends else { return nil }
        func scalar(_ node: YAMLNode?) -> Scalar? {
            guard let node, case .scalar(let scalar) = node else { return nil }
            return Scalar(value: scalar.text, line: scalar.position.line, column: scalar.position.column)
        }
        let plan = mapping["plan"]
        return LocalPlanHeader(
            id: plan?.mapping?["id"]?.scalar?.text, region: plan?.mapping?["region"]?.scalar?.text,
            basePath: scalar(fields["plan"]), version: scalar(fields["version"]), snapshot: scalar(fields["snapshot"]),
            extendsLine: extends.position.line)
    }
}
