/// A ZIP archive's files in memory: read from bytes (stored or deflated entries), changed, and
/// written back with every entry stored. Enough for a Word document (a `.docx` is a ZIP), whose
/// parts the Word report adjusts after pandoc made it. Malformed archives are an error, never a crash.
package struct ZipArchive {
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The files by name, in the archive's order.
    package private(set) var names: [String] = []
    private var contents: [String: [UInt8]] = [:]

    /// The most a single file may expand to (a Word report's parts are far smaller).
    static let fileLimit = 64 << 20

    package init() {}

    /// Reads an archive.
    package init(bytes: [UInt8]) throws(Failure) {
        func u16(_ at: Int) throws(Failure) -> Int {
            guard at >= 0, at + 2 <= bytes.count else { throw Failure(description: "the archive is cut short") }
            return Int(bytes[at]) | Int(bytes[at + 1]) << 8
        }
        func u32(_ at: Int) throws(Failure) -> Int { let low = try u16(at); let high = try u16(at + 2); return low | high << 16 }
        // The end-of-central-directory record: the last 22 bytes, or before a comment.
        var end = bytes.count - 22
        while end >= 0, !(bytes[end] == 0x50 && bytes[end + 1] == 0x4B && bytes[end + 2] == 5 && bytes[end + 3] == 6) {
            end -= 1
            if bytes.count - end > 22 + 0xFFFF { end = -1 }
        }
        guard end >= 0 else { throw Failure(description: "not a ZIP archive") }
        let count = try u16(end + 10)
        var entry = try u32(end + 16)
        for _ in 0..<count {
            guard try u32(entry) == 0x0201_4B50 else { throw Failure(description: "a damaged central directory") }
            let method = try u16(entry + 10)
            let compressedSize = try u32(entry + 20)
            let nameLength = try u16(entry + 28)
            let extraLength = try u16(entry + 30)
            let commentLength = try u16(entry + 32)
            let localHeader = try u32(entry + 42)
            guard entry + 46 + nameLength <= bytes.count else { throw Failure(description: "the archive is cut short") }
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            guard try u32(localHeader) == 0x0403_4B50 else { throw Failure(description: "a damaged entry '\(name)'") }
            let dataStart = localHeader + 30 + (try u16(localHeader + 26)) + (try u16(localHeader + 28))
            guard dataStart + compressedSize <= bytes.count else { throw Failure(description: "the archive is cut short") }
            let data = Array(bytes[dataStart..<(dataStart + compressedSize)])
            switch method {
            case 0: self[name] = data
            case 8:
                do { self[name] = try Inflate.decompress(data, limit: Self.fileLimit) } catch {
                    throw Failure(description: "the entry '\(name)' cannot be decompressed")
                }
            default: throw Failure(description: "the entry '\(name)' uses compression method \(method)")
            }
            entry += 46 + nameLength + extraLength + commentLength
        }
    }

    /// A file's bytes; setting adds the file at the end or replaces it in place.
    package subscript(name: String) -> [UInt8]? {
        get { contents[name] }
        set {
            if contents[name] == nil, newValue != nil { names.append(name) }
            if newValue == nil { names.removeAll { $0 == name } }
            contents[name] = newValue
        }
    }

    /// A file as UTF-8 text.
    package func text(_ name: String) -> String? { contents[name].map { String(decoding: $0, as: UTF8.self) } }

    /// The archive's bytes, every entry stored (not compressed), with CRC-32 checksums.
    package var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: Int, _ into: inout [UInt8]) { into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func u32(_ value: Int, _ into: inout [UInt8]) { u16(value & 0xFFFF, &into); u16(value >> 16 & 0xFFFF, &into) }
        for name in names {
            let data = contents[name]!
            let nameBytes = Array(name.utf8)
            let crc = Int(CRC32.checksum(data))
            let offset = out.count
            // Local header: version 2.0, UTF-8 names (bit 11), stored, a fixed DOS date (1 Jan 1980) so the bytes do not depend on the clock.
            u32(0x0403_4B50, &out); u16(20, &out); u16(0x0800, &out); u16(0, &out); u16(0, &out); u16(0x21, &out)
            u32(crc, &out); u32(data.count, &out); u32(data.count, &out); u16(nameBytes.count, &out); u16(0, &out)
            out += nameBytes
            out += data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0x0800, &central); u16(0, &central); u16(0, &central)
            u16(0x21, &central); u32(crc, &central); u32(data.count, &central); u32(data.count, &central); u16(nameBytes.count, &central)
            u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central)
            central += nameBytes
        }
        let centralStart = out.count
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(names.count, &out); u16(names.count, &out)
        u32(central.count, &out); u32(centralStart, &out); u16(0, &out)
        return out
    }
}

/// The CRC-32 of ZIP archives (polynomial 0xEDB88320).
package enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    package static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
