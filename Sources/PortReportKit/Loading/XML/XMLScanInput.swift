#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one XML document for `XMLScanner`, read a window at a time: an `XMLSlice`'s
/// prefix, then its range of the file, then its suffix (or the whole file without a slice).
///
/// The window only grows when one construct (a text run, a tag) is longer than it, so memory
/// stays at the window size whatever the file's; up to `maximumWindow`, beyond which the scan
/// declines (libxml2 then reads the part, and refuses values longer than 10 MB itself).
struct XMLScanInput: ~Copyable {
    /// The largest window by default: a construct longer than this is left to libxml2.
    static let maximumWindow = 8 << 20
    /// The largest window of this input.
    private let maximum: Int

    /// The window: `count` bytes are filled.
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var count = 0
    /// Whether every byte of the document has been read into the window.
    private(set) var atEnd = false

    private let path: String
    private let descriptor: Int32
    private var head: [UInt8]
    private var headOffset = 0
    private var fileOffset: Int
    private let fileEnd: Int
    private var tail: [UInt8]
    private var tailOffset = 0

    /// Opens `path`; `capacity` is the first window's size in bytes.
    ///
    /// - Throws: `PortReportError.input` when the file cannot be opened.
    init(path: String, slice: XMLSlice?, capacity: Int, maximum: Int = XMLScanInput.maximumWindow) throws {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw PortReportError.input(path: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.capacity = max(16, capacity)
        self.maximum = max(self.capacity, maximum)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
        head = slice?.prefix ?? []
        tail = slice?.suffix ?? []
        fileOffset = slice?.range.lowerBound ?? 0
        fileEnd = slice?.range.upperBound ?? Int.max
    }

    deinit {
        base.deallocate()
        close(descriptor)
    }

    /// Drops the bytes before `keep`, moves the rest to the front and reads more behind them,
    /// growing the window when the kept bytes fill it. Returns how many bytes were dropped (the
    /// amount to take from every index into the window).
    ///
    /// - Throws: `PortReportError.input` when reading fails; `XMLScanDecline` when one
    ///   construct would need a window larger than its maximum (`maximumWindow` by default).
    mutating func refill(keeping keep: Int) throws -> Int {
        if keep > 0 {
            count -= keep
            if count > 0 { base.update(from: base + keep, count: count) }
        }
        if count == capacity {
            guard capacity < maximum else { throw XMLScanDecline("a construct longer than \(maximum) bytes") }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        while count < capacity && !atEnd {
            if headOffset < head.count {
                let length = min(capacity - count, head.count - headOffset)
                XMLScanInput.copy(head, from: headOffset, count: length, to: base + count)
                headOffset += length
                count += length
            } else if fileOffset < fileEnd {
                let wanted = min(capacity - count, fileEnd - fileOffset)
                let got = pread(descriptor, base + count, wanted, off_t(fileOffset))
                if got < 0 {
                    throw PortReportError.input(path: path, message: "read failed: \(String(cString: strerror(errno)))")
                }
                if got == 0 {
                    // The file ends before the slice's range does (or, without a slice, here).
                    fileOffset = fileEnd
                    continue
                }
                fileOffset += got
                count += got
            } else if tailOffset < tail.count {
                let length = min(capacity - count, tail.count - tailOffset)
                XMLScanInput.copy(tail, from: tailOffset, count: length, to: base + count)
                tailOffset += length
                count += length
            } else {
                atEnd = true
            }
        }
        return keep
    }

    private static func copy(_ bytes: [UInt8], from offset: Int, count: Int, to target: UnsafeMutablePointer<UInt8>) {
        bytes.withUnsafeBufferPointer { source in
            if let start = source.baseAddress { target.update(from: start + offset, count: count) }
        }
    }
}
