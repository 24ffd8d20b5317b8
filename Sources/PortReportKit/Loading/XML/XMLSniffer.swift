/// Finds the root element name at the start of an XML document without parsing it.
enum XMLSniffer {
    /// Skips a UTF-8 byte-order mark, white space, the XML declaration, processing instructions,
    /// comments and a DOCTYPE, then returns the first element's name (with any prefix).
    ///
    /// Returns `nil` when the bytes do not start like XML or the name lies past `head`.
    static func rootElement(in head: [UInt8]) -> String? { rootTag(in: head)?.name }

    /// The root element's name and its whole start tag (up to 4 KiB of it).
    static func rootTag(in head: [UInt8]) -> (name: String, tag: String)? {
        var index = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < head.count {
            let byte = head[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "<"), index + 1 < head.count else { return nil }
            let next = head[index + 1]
            if next == UInt8(ascii: "?") {
                guard let end = find([UInt8(ascii: "?"), UInt8(ascii: ">")], in: head, from: index + 2) else {
                    return nil
                }
                index = end + 2
            } else if head[index...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: head, from: index + 4) else { return nil }
                index = end + 3
            } else if next == UInt8(ascii: "!") {
                guard let end = doctypeEnd(head, from: index + 2) else { return nil }
                index = end + 1
            } else {
                var end = index + 1
                while end < head.count, !isNameEnd(head[end]) { end += 1 }
                guard end < head.count, end > index + 1 else { return nil }
                let name = String(decoding: head[(index + 1)..<end], as: UTF8.self)
                let close = head[end...].prefix(4096).firstIndex(of: UInt8(ascii: ">")) ?? min(head.count, end + 4096)
                return (name, String(decoding: head[index..<close], as: UTF8.self))
            }
        }
        return nil
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/")
    }

    /// The `>` closing a `<!DOCTYPE …>`, skipping an internal subset in brackets.
    private static func doctypeEnd(_ head: [UInt8], from start: Int) -> Int? {
        var bracketDepth = 0
        var index = start
        while index < head.count {
            switch head[index] {
            case UInt8(ascii: "["): bracketDepth += 1
            case UInt8(ascii: "]"): bracketDepth -= 1
            case UInt8(ascii: ">") where bracketDepth <= 0: return index
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in head: [UInt8], from start: Int) -> Int? {
        guard needle.count <= head.count else { return nil }
        var index = start
        while index + needle.count <= head.count {
            if head[index] == needle[0], head[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
