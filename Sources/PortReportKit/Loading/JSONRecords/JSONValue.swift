import Foundation

/// Any JSON value, decoded without a fixed schema so a loader can accept what several versions
/// of a tool write (a key holding a string in one version and an array in the next).
enum JSONValue: Decodable, Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// The member named `key` of an object; `nil` for a missing key or a value that is no object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The first of `keys` that the object has with a value other than `null`.
    func first(_ keys: String...) -> JSONValue? {
        for key in keys {
            if let value = self[key], value != .null { return value }
        }
        return nil
    }

    /// A string as written, a number as text (`443`, `5.3`), a Bool as `true`/`false`; `nil` for
    /// null, arrays and objects.
    var text: String? {
        switch self {
        case .string(let value): value
        case .number(let value):
            if let whole = Int(exactly: value) { String(whole) } else { String(value) }
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    /// The texts of an array's scalar elements, or a scalar's text as one element; empty for null.
    var texts: [String] {
        switch self {
        case .array(let values): values.compactMap(\.text)
        case .null, .object: []
        default: text.map { [$0] } ?? []
        }
    }

    /// A number, or a string holding one.
    var number: Double? {
        switch self {
        case .number(let value): value
        case .string(let value): Double(value.trimmed)
        default: nil
        }
    }

    /// The elements of an array; empty for anything else.
    var elements: [JSONValue] {
        if case .array(let values) = self { return values }
        return []
    }
}
