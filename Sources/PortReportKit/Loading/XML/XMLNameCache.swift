/// Element and prefix names as strings, made once per name rather than at every tag.
///
/// libxml2 interns every name in its parser's dictionary (`xmlDictLookup`), so a name always
/// arrives at the same address for the life of a parse; SAX2 relies on it too, keeping the
/// pointer in its tree when `dictNames` is set. The cache maps those addresses to strings in a
/// small direct-mapped table: a Nessus item has about twenty tags, many of them with names too
/// long for Swift's inline small strings (`cvss3_base_score`), which were then allocated,
/// validated and freed at every start and end tag. A cache belongs to one parse: the addresses
/// mean nothing once its parser is freed.
final class XMLNameCache {
    private static let slots = 256
    // Raw storage behind `let`s: the parser asks at every tag, and a class's `var` arrays were
    // checked for exclusive access (a runtime call) at each of those reads and writes.
    private let addresses: UnsafeMutablePointer<UInt>
    private let strings: UnsafeMutablePointer<String>

    init() {
        addresses = UnsafeMutablePointer<UInt>.allocate(capacity: XMLNameCache.slots)
        addresses.initialize(repeating: 0, count: XMLNameCache.slots)
        strings = UnsafeMutablePointer<String>.allocate(capacity: XMLNameCache.slots)
        strings.initialize(repeating: "", count: XMLNameCache.slots)
    }

    deinit {
        strings.deinitialize(count: XMLNameCache.slots)
        strings.deallocate()
        addresses.deallocate()
    }

    /// Forgets every name: for a new parser session, whose names live at other addresses.
    func reset() {
        addresses.update(repeating: 0, count: XMLNameCache.slots)
    }

    /// The string for the NUL-terminated UTF-8 name at `pointer` (invalid bytes replaced).
    func name(_ pointer: UnsafePointer<UInt8>) -> String {
        let address = UInt(bitPattern: pointer)
        // Fibonacci hashing: the top eight bits of the product spread nearby addresses apart.
        let slot = Int(truncatingIfNeeded: (address &* 0x9E37_79B9_7F4A_7C15) >> 56)
        if addresses[slot] == address { return strings[slot] }
        let made = String(cString: pointer)
        addresses[slot] = address
        strings[slot] = made
        return made
    }
}
