import ActionPlanCore
/// Turns a file's bytes into text: valid UTF-8 required, a byte order mark dropped.
enum TextDecoding {
    enum Failure: Error {
        /// The bytes are not UTF-8 from this byte offset on.
        case invalidUTF8(offset: Int)
        /// The file starts with a UTF-16 or UTF-32 byte order mark.
        case utf16
    }

    static func decode(_ bytes: [UInt8]) -> Result<String, Failure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .failure(.utf16) }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let body = bytes[start...]
        if let text = String(validating: body, as: UTF8.self) { return .success(text) }
        return .failure(.invalidUTF8(offset: firstInvalidOffset(in: body) ?? start))
    }

    /// The offset (into the whole file) of the first byte that is not valid UTF-8.
    private static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
