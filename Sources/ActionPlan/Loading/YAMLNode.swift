/// A node of a plan or progress file's YAML tree, as `YAMLComposer` builds it from libyaml's events.
///
/// Every scalar stays the text the writer typed (`NO` is not false, `1.10` is not 1.1); the decoders
/// convert scalars themselves. There is no case for anchors, aliases or tags: the composer refuses
/// them where it meets them, so no walk over this tree can be exponential.
enum YAMLNode {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    /// Where the node starts in the file.
    var position: YAMLPosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .sequence(let sequence): sequence.position
        case .mapping(let mapping): mapping.position
        }
    }

    /// The node as a scalar, or nil.
    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The node as a mapping, or nil.
    var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}

/// A 1-based line and column, columns counted in characters (Unicode scalars) as libyaml counts them:
/// what diagnostics point at.
struct YAMLPosition: Equatable {
    private let storedLine: UInt32
    private let storedColumn: UInt32

    var line: Int { Int(storedLine) }
    var column: Int { Int(storedColumn) }

    init(line: Int, column: Int) {
        // A file within `LoadLimits` has far fewer than 2^32 lines or characters on a line.
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }
}

/// A text value with how it was written.
struct YAMLScalar {
    /// How the text was written; a plain empty scalar is a key with nothing after it.
    enum Style: UInt8 {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    let text: String
    let style: Style
    let position: YAMLPosition
}

/// A list, its items in file order.
struct YAMLSequence {
    let items: [YAMLNode]
    let position: YAMLPosition
}

/// A mapping, its pairs in file order. A key written twice is reported by the composer and its
/// second value left out, so every key appears once.
struct YAMLMapping {
    struct Pair {
        let key: YAMLNode
        let value: YAMLNode
    }

    let pairs: [Pair]
    let position: YAMLPosition

    /// The value of the scalar key `key`, or nil (a linear search: for the few keys of a header).
    subscript(key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar?.text == key }?.value
    }
}
