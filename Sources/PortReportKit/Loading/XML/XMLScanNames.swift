#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The element names `XMLScanner` has met, each made into strings once: a large scan repeats
/// a few dozen names millions of times, and end tags are checked against the open element by
/// comparing bytes with the name stored here.
struct XMLScanNames {
    private struct Entry {
        /// The qualified name's bytes in `arena`.
        var start: Int
        var length: Int
        var local: String
        var prefix: String?
    }

    private var entries: [Entry] = []
    private var arena: [UInt8] = []
    /// Open addressing by FNV-1a hash: an entry's index, or -1 for an empty slot.
    private var slots = [Int](repeating: -1, count: 64)

    /// The identifier of the qualified name in `bytes`, added when new.
    ///
    /// - Throws: `XMLScanner.Decline` for a name with more than one colon or a colon at either
    ///   end, which libxml2 reads with namespace errors of its own.
    mutating func identifier(of bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanDecline) -> Int {
        let hash = XMLScanNames.hash(bytes)
        var slot = hash & (slots.count - 1)
        while slots[slot] >= 0 {
            let index = slots[slot]
            if matches(index, bytes) { return index }
            slot = (slot + 1) & (slots.count - 1)
        }
        let (local, prefix) = try XMLScanNames.split(bytes)
        entries.append(Entry(start: arena.count, length: bytes.count, local: local, prefix: prefix))
        arena.append(contentsOf: bytes)
        slots[slot] = entries.count - 1
        if entries.count * 2 > slots.count { rehash() }
        return entries.count - 1
    }

    /// Whether the name `identifier` stands for is exactly `bytes`.
    func matches(_ identifier: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Field by field: copying the entry would retain its strings.
        let start = entries[identifier].start
        let length = entries[identifier].length
        guard length == bytes.count else { return false }
        guard let given = bytes.baseAddress else { return length == 0 }
        return arena.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress else { return false }
            return memcmp(base + start, given, length) == 0
        }
    }

    /// The length in bytes of the qualified name `identifier` stands for.
    func length(_ identifier: Int) -> Int { entries[identifier].length }

    /// The local name (after any prefix).
    func local(_ identifier: Int) -> String { entries[identifier].local }

    /// The namespace prefix, if the name has one.
    func prefix(_ identifier: Int) -> String? { entries[identifier].prefix }

    private mutating func rehash() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for index in entries.indices {
            let entry = entries[index]
            let hash = arena.withUnsafeBufferPointer { stored in
                XMLScanNames.hash(UnsafeBufferPointer(rebasing: stored[entry.start..<(entry.start + entry.length)]))
            }
            var slot = hash & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index
        }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    /// `prefix:local` split at its colon, as libxml2's SAX2 interface hands names over.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanDecline) -> (String, String?) {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else {
            return (String(decoding: bytes, as: UTF8.self), nil)
        }
        let local = UnsafeBufferPointer(rebasing: bytes[(colon + 1)...])
        guard colon > 0, !local.isEmpty, !local.contains(UInt8(ascii: ":")) else {
            throw XMLScanDecline("the name \(String(decoding: bytes, as: UTF8.self)) is not a qualified name")
        }
        let prefix = String(decoding: bytes[..<colon], as: UTF8.self)
        guard prefix != "xmlns" else { throw XMLScanDecline("an element in the xmlns namespace") }
        return (String(decoding: local, as: UTF8.self), prefix)
    }
}
