/// Looking for a few byte values eight bytes at a time, as the HTML, JSON and CSV writers do
/// for every string they write: most strings hold none, and a word of eight bytes is tested in
/// a handful of instructions.
///
/// `(v - 0x0101…) & ~v & 0x8080…` is non-zero exactly when some byte of `v` is zero; a byte equal
/// to `b` is zero in `v ^ (b × 0x0101…)`, and a byte below `n` (at most 0x80) sets its high bit in
/// `v - n × 0x0101…` while it is clear in `v`. The results say whether such a byte exists, not
/// where: a borrow can mark the byte after a match too.
enum WordScan {
    /// Runs at least this long are searched sixteen bytes at a time in C (`CByteScan`); shorter
    /// ones, most of the values written, eight at a time here, where the call cost more.
    static let longRun = 32

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Non-zero when some byte of `word` equals `byte`.
    @inline(__always)
    static func has(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let marked = word ^ (ones &* UInt64(byte))
        return (marked &- ones) & ~marked & highs
    }

    /// Non-zero when some byte of `word` is below `limit` (0x80 at most).
    @inline(__always)
    static func hasBelow(_ word: UInt64, _ limit: UInt8) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// Non-zero when some byte of `word` is a control character other than tab and line feed
    /// (below 0x09, or 0x0B to 0x1F): exact in every byte. Per byte, `0x7F + n - (b & 0x7F)`
    /// and `(b & 0x7F) + 0x7F - m` never borrow or carry into the next byte, and set the high
    /// bit exactly when `b & 0x7F` is below `n` or above `m`; `~word` drops bytes above 0x7F.
    @inline(__always)
    static func control(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let belowTab = ones &* (0x7F + 0x09) &- low
        let aboveLineFeed = low &+ ones &* (0x7F - 0x0A)
        let belowSpace = ones &* (0x7F + 0x20) &- low
        return (belowTab | (aboveLineFeed & belowSpace)) & ~word & highs
    }

    /// The eight bytes at `offset` of `base`, in memory order.
    @inline(__always)
    static func word(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether some byte of `source` is one looked for: `inWord` answers for eight bytes at a
    /// time (whether the word holds one), `isOne` for the bytes left at the end.
    @inline(__always)
    static func contains(
        _ source: UnsafeBufferPointer<UInt8>, inWord: (UInt64) -> Bool, isOne: (UInt8) -> Bool
    ) -> Bool {
        guard let base = source.baseAddress else { return false }
        var index = 0
        while index + 8 <= source.count {
            if inWord(word(base, at: index)) { return true }
            index += 8
        }
        while index < source.count {
            if isOne(base[index]) { return true }
            index += 1
        }
        return false
    }
}
