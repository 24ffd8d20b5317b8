import Foundation

/// One top-level JSON object of a file, as bytes, with where it starts.
struct JSONRecord {
    var bytes: [UInt8]
    /// 1-based line and column (in bytes) of the object's `{`.
    var line: Int
    var column: Int

    /// The object's text with all white space outside strings removed too (for recognising
    /// masscan's `{finished: 1}` trailer, which is no JSON).
    var compactText: String {
        String(decoding: bytes.filter { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }, as: UTF8.self)
    }

    /// Decodes the object.
    ///
    /// - Throws: `PortReportError` at the object's position when it is not valid JSON.
    func decode(path: String) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
        } catch {
            throw PortReportError.input(
                path: path, line: line, column: column,
                message: "invalid JSON in the object starting here: \(JSONRecord.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (underlying ?? context.debugDescription).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        return "\(error)".split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// Reads the top-level objects of a JSON export one at a time, in bounded memory, whatever
/// container the tool used: JSON Lines (one object per line), objects simply concatenated, one
/// (pretty-printed) object, or an array of objects.
///
/// Tolerates what real tools write around the objects: masscan's comma on a line of its own,
/// a trailing comma before `]`, a missing `]` at the end (a scan stopped early), blank lines and
/// a UTF-8 byte-order mark. Only the boundaries of objects are found here (strings and nesting
/// are tracked byte by byte); each object is then decoded on its own.
final class JSONRecordReader {
    private let path: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var column = 1
    private var offset = 0
    private var inArray = false
    private var arrayClosed = false
    private var sawContent = false

    /// Opens the file.
    ///
    /// - Throws: `PortReportError` when it cannot be opened.
    init(path: String) throws {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PortReportError.input(path: path, message: "cannot open the file")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next top-level object, or `nil` at the end of the file.
    ///
    /// - Throws: `PortReportError` with line and column when something other than an object (or
    ///   the separators above) stands at the top level, or the file ends inside an object.
    func next() throws -> JSONRecord? {
        while let byte = try peek() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","):
                advance()
            case 0xEF where offset == 0:
                // A UTF-8 byte-order mark (EF BB BF) before the first value.
                advance()
                advance()
                advance()
            case UInt8(ascii: "[") where !sawContent:
                sawContent = true
                inArray = true
                advance()
            case UInt8(ascii: "]") where inArray && !arrayClosed:
                arrayClosed = true
                advance()
            case UInt8(ascii: "{") where !arrayClosed:
                sawContent = true
                return try readObject()
            default:
                let what = arrayClosed ? "after the closing ]" : "where a JSON object should start"
                throw PortReportError.input(
                    path: path, line: line, column: column,
                    message: "unexpected \(JSONRecordReader.describe(byte)) \(what); expected JSON objects")
            }
        }
        return nil
    }

    /// Reads one object from its `{` to the matching `}`.
    private func readObject() throws -> JSONRecord {
        let startLine = line
        let startColumn = column
        var bytes: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        while let byte = try peek() {
            bytes.append(byte)
            advance()
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return JSONRecord(bytes: bytes, line: startLine, column: startColumn) }
            default: break
            }
        }
        throw PortReportError.input(
            path: path, line: startLine, column: startColumn,
            message: "the file ends inside the JSON object that starts here (the file is truncated)")
    }

    private static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }

    // MARK: - Buffered bytes

    private func peek() throws -> UInt8? {
        if position >= buffer.count {
            guard !atEnd else { return nil }
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 64 * 1024)
            } catch {
                throw PortReportError.input(path: path, line: line, message: "read failed: \(error)")
            }
            guard let chunk, !chunk.isEmpty else {
                atEnd = true
                return nil
            }
            buffer = Array(chunk)
            position = 0
        }
        return buffer[position]
    }

    private func advance() {
        guard position < buffer.count else { return }
        if buffer[position] == 0x0A {
            line += 1
            column = 1
        } else {
            column += 1
        }
        position += 1
        offset += 1
    }
}
