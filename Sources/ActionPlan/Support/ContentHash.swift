/// A content hash of a file's bytes, to notice that a regional plan changed since a local plan was
/// derived from it. FNV-1a (64 bits): not for security, only for noticing change.
package enum ContentHash {
    /// `fnv1a64:` and 16 hex digits.
    // Bytes, not any sequence: called from other layers (targets), where an unspecialised generic walked
    // a 10 MB file byte by byte through witness tables (a sixth of a large plan's validate).
    package static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
