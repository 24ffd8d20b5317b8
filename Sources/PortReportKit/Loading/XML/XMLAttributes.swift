#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The attributes of one start tag, read straight from libxml2's SAX2 attribute array.
///
/// libxml2 passes five pointers per attribute: local name, prefix, URI, value start, value end.
/// Values are decoded only when asked for, and only during the callback that received them.
struct XMLAttributes {
    private let pointer: UnsafePointer<UnsafePointer<UInt8>?>?
    /// Number of attributes.
    let count: Int

    init(pointer: UnsafePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.pointer = pointer
        self.count = pointer == nil ? 0 : count
    }

    /// Calls `body` with each attribute's local name and value, in document order: one pass for
    /// readers that want several attributes (a lookup by name scans them all each time).
    func forEach(_ body: (_ name: String, _ value: String) -> Void) {
        guard let pointer else { return }
        for index in 0..<count {
            let base = index * 5
            guard let local = pointer[base], let start = pointer[base + 3], let end = pointer[base + 4] else {
                continue
            }
            body(
                String(cString: local),
                String(decoding: UnsafeBufferPointer(start: start, count: max(0, end - start)), as: UTF8.self))
        }
    }

    /// The value of the attribute whose local name is `name`, or `nil` when absent.
    subscript(name: String) -> String? {
        guard let pointer else { return nil }
        return name.withCString { wanted in
            for index in 0..<count {
                let base = index * 5
                guard let local = pointer[base], let start = pointer[base + 3], let end = pointer[base + 4] else {
                    continue
                }
                if strcmp(wanted, UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self)) == 0 {
                    return String(
                        decoding: UnsafeBufferPointer(start: start, count: max(0, end - start)), as: UTF8.self)
                }
            }
            return nil
        }
    }
}
