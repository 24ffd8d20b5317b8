import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes are exactly `literal`'s UTF-8: for readers that compare names in a
    /// parser's buffer without making a string of each.
    func equals(_ literal: StaticString) -> Bool {
        guard count == literal.utf8CodeUnitCount else { return false }
        // `memcmp`: `elementsEqual` compared byte by byte through the generic sequence code,
        // once for every entity reference in a scan.
        guard let base = baseAddress, count > 0 else { return true }
        return memcmp(base, literal.utf8Start, count) == 0
    }
}
