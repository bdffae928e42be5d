import ActionPlanCore
/// A node of a plan or progress file's YAML tree, as `YAMLComposer` builds it from libyaml's events.
///
/// Every scalar stays the text the writer typed (`NO` is not false, `1.10` is not 1.1); the decoders
/// convert scalars themselves. There is no case for anchors, aliases or tags: the composer refuses
/// them where it meets them, so no walk over this tree can be exponential.
package enum YAMLNode {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    /// Where the node starts in the file.
    package var position: YAMLPosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .sequence(let sequence): sequence.position
        case .mapping(let mapping): mapping.position
        }
    }

    /// The node as a scalar, or nil.
    package var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    /// The node as a mapping, or nil.
    package var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}

/// A 1-based line and column, columns counted in characters (Unicode scalars) as libyaml counts them:
/// what diagnostics point at.
package struct YAMLPosition: Equatable {
    private let storedLine: UInt32
    private let storedColumn: UInt32

    package var line: Int { Int(storedLine) }
    package var column: Int { Int(storedColumn) }

    package init(line: Int, column: Int) {
        // A file within `LoadLimits` has far fewer than 2^32 lines or characters on a line.
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }
}

/// A text value with how it was written.
package struct YAMLScalar {
    /// How the text was written; a plain empty scalar is a key with nothing after it.
    package enum Style: UInt8 {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package let text: String
    package let style: Style
    package let position: YAMLPosition
}

/// A list, its items in file order.
package struct YAMLSequence {
    package let items: [YAMLNode]
    package let position: YAMLPosition
}

/// A mapping, its pairs in file order. A key written twice is reported by the composer and its
/// second value left out, so every key appears once.
package struct YAMLMapping {
    package struct Pair {
        package let key: YAMLNode
        package let value: YAMLNode
    }

    package let pairs: [Pair]
    package let position: YAMLPosition

    /// The value of the scalar key `key`, or nil (a linear search: for the few keys of a header).
    package subscript(key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar?.text == key }?.value
    }
}
