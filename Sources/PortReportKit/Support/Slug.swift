/// Makes file-name-safe slugs (`[a-z0-9-]`) from untrusted names, unique within one build.
///
/// Scanner-supplied names never reach the file system raw: every name goes through here.
public struct SlugAllocator: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// The lowercase `[a-z0-9-]` form of `text`, at most 60 characters; `x` when nothing is left.
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
                if result.count >= 60 { break }
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "x" : result
    }

    /// A slug for `text` not handed out before; a collision gets a hash suffix of the original
    /// text (`web-3f2a9c1d`), so the result does not depend on the order of unrelated names.
    public mutating func allocate(_ text: String) -> String {
        let base = SlugAllocator.slug(text)
        if used.insert(base).inserted { return base }
        var candidate = "\(base)-\(SlugAllocator.hash(text))"
        var counter = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)-\(SlugAllocator.hash(text))-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// FNV-1a over the UTF-8 bytes, as 8 hex digits: stable across runs and platforms.
    public static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
