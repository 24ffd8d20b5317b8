/// A growable run of bytes for the writers of pages and exports, appended to in place.
///
/// `[UInt8]` does the same, but every append checks that the array is uniquely referenced
/// and goes through its generic copy, about 10 ns even for one byte; a large site appends a
/// few hundred times per finding (the keys and values of its JSON record, the fields of its CSV
/// lines, the markup around each value on two pages), so that was a tenth of a build. This type
/// cannot be copied (`~Copyable`), so it needs neither check: it owns its memory and frees it
/// when it goes away.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it grows (at least one).
    init(capacity: Int = 1024) {
        self.capacity = max(1, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    /// Appends a run of bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if bytes.count > capacity - count { grow(toHold: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends the UTF-8 bytes of a literal from this program's source.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 bytes of `text`.
    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    /// Appends the bytes of `bytes`.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the bytes of another buffer.
    mutating func append(_ other: borrowing ByteBuffer) {
        append(UnsafeBufferPointer(start: other.base, count: other.count))
    }

    /// Forgets what was written, keeping the memory for what comes next.
    mutating func removeAll() {
        count = 0
    }

    /// Lends the bytes written so far, valid only during `body`.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes as an array.
    var array: [UInt8] {
        [UInt8](UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the bytes as an array, then an empty buffer that keeps its memory: for
    /// fragments written one after another through one buffer.
    mutating func takeArray() -> [UInt8] {
        defer { count = 0 }
        return array
    }

    /// Makes room for `more` bytes beyond `count`: at least doubling, so appends stay cheap.
    @inline(never)
    private mutating func grow(toHold more: Int) {
        let wanted = max(capacity * 2, count + more)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: wanted)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = wanted
    }
}
