#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The attributes of one start tag, read in place from the parser's buffers.
///
/// Two layouts, one per parser: libxml2's SAX2 array (`XMLStreamParser`), five pointers per
/// attribute (NUL-terminated local name, prefix, URI, value start, value end), and `XMLScanner`'s
/// spans, four pointers per attribute (name start, name end, value start, value end). Values are
/// decoded only when asked for, and only during the callback that received them.
struct XMLAttributes {
    private let pointer: UnsafePointer<UnsafePointer<UInt8>?>?
    /// Number of attributes.
    let count: Int
    /// Pointers per attribute: 5 for libxml2's layout, 4 for spans.
    private let stride: Int

    /// libxml2's SAX2 attribute array of `count` attributes.
    init(pointer: UnsafePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.pointer = pointer
        self.count = pointer == nil ? 0 : count
        self.stride = 5
    }

    /// `count` attributes as spans: name start, name end, value start, value end.
    init(spans: UnsafePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.pointer = spans
        self.count = spans == nil ? 0 : count
        self.stride = 4
    }

    /// The local name and value bytes of the attribute at `index`, or `nil` for a hole.
    private func attribute(
        _ pointer: UnsafePointer<UnsafePointer<UInt8>?>, at index: Int
    ) -> (name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>)? {
        let base = index * stride
        if stride == 4 {
            guard let nameStart = pointer[base], let nameEnd = pointer[base + 1], let start = pointer[base + 2],
                let end = pointer[base + 3]
            else { return nil }
            return (
                UnsafeBufferPointer(start: nameStart, count: max(0, nameEnd - nameStart)),
                UnsafeBufferPointer(start: start, count: max(0, end - start))
            )
        }
        guard let local = pointer[base], let start = pointer[base + 3], let end = pointer[base + 4] else { return nil }
        return (
            UnsafeBufferPointer(
                start: local, count: strlen(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self))),
            UnsafeBufferPointer(start: start, count: max(0, end - start))
        )
    }

    /// Calls `body` with each attribute's local name and value as bytes, valid only during the
    /// call: for readers that compare names and keep a few values (no string for each name).
    func forEachBytes(_ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        guard let pointer else { return }
        for index in 0..<count {
            guard let (name, value) = attribute(pointer, at: index) else { continue }
            body(name, value)
        }
    }

    /// The value of the attribute whose local name is `name`, or `nil` when absent.
    subscript(name: String) -> String? {
        guard let pointer else { return nil }
        var wanted = name
        return wanted.withUTF8 { wanted in
            for index in 0..<count {
                guard let (name, value) = attribute(pointer, at: index), name.count == wanted.count,
                    let nameBase = name.baseAddress, let wantedBase = wanted.baseAddress,
                    memcmp(nameBase, wantedBase, name.count) == 0
                else { continue }
                return String(decoding: value, as: UTF8.self)
            }
            return nil
        }
    }
}
