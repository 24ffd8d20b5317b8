/// Splits brace-structured configuration text (nginx, F5 TMSH) into words, quoted strings, braces
/// and semicolons, each with the 1-based line it starts on.
///
/// The rules are nginx's, which TMSH also follows closely enough: `#` at the start of a token
/// comments out the rest of the line (inside a word, as in `/#top`, it is kept); `"…"` and `'…'`
/// are single tokens with `\"`, `\'` and `\\` unescaped; a backslash in a word keeps the next
/// character in the word; `${name}` stays one word even though it holds braces.
struct BraceConfigTokenizer {
    /// One token and where it starts.
    struct Token: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case word
            case quoted
            case open
            case close
            case semicolon
        }

        var kind: Kind
        /// The word or the quoted string's content; `{`, `}` or `;` for punctuation.
        var text: String
        var line: Int
    }

    /// A token-level problem (an unclosed quote) and the line it starts on.
    struct Problem: Sendable, Hashable {
        var line: Int
        var message: String
    }

    /// Whether `;` ends a directive (nginx) or is an ordinary character (TMSH).
    var semicolons: Bool

    /// The tokens of `text`, in order, and any problems found.
    func tokenize(_ text: String) -> (tokens: [Token], problems: [Problem]) {
        var scanner = Scanner(bytes: Array(text.utf8), semicolons: semicolons)
        scanner.run()
        return (scanner.tokens, scanner.problems)
    }

    /// The cursor over the text's bytes; every character with syntactic meaning is ASCII.
    private struct Scanner {
        let bytes: [UInt8]
        let semicolons: Bool
        var index = 0
        var line = 1
        var tokens: [Token] = []
        var problems: [Problem] = []

        init(bytes: [UInt8], semicolons: Bool) {
            self.bytes = bytes
            self.semicolons = semicolons
        }

        mutating func run() {
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case .newline:
                    line += 1
                    index += 1
                case .space, .tab, .carriageReturn, .formFeed:
                    index += 1
                case .hash:
                    while index < bytes.count, bytes[index] != .newline { index += 1 }
                case .openBrace:
                    tokens.append(Token(kind: .open, text: "{", line: line))
                    index += 1
                case .closeBrace:
                    tokens.append(Token(kind: .close, text: "}", line: line))
                    index += 1
                case .semicolon where semicolons:
                    tokens.append(Token(kind: .semicolon, text: ";", line: line))
                    index += 1
                case .doubleQuote, .singleQuote:
                    quoted(by: byte)
                default:
                    word()
                }
            }
        }

        private mutating func quoted(by quote: UInt8) {
            let start = line
            var value: [UInt8] = []
            var closed = false
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == .backslash, index + 1 < bytes.count {
                    let next = bytes[index + 1]
                    if next == .doubleQuote || next == .singleQuote || next == .backslash {
                        value.append(next)
                    } else {
                        value.append(contentsOf: [byte, next])
                    }
                    if next == .newline { line += 1 }
                    index += 2
                    continue
                }
                index += 1
                if byte == quote {
                    closed = true
                    break
                }
                if byte == .newline { line += 1 }
                value.append(byte)
            }
            if !closed {
                problems.append(Problem(line: start, message: "quoted string is never closed: the file ends inside it"))
            }
            tokens.append(Token(kind: .quoted, text: String(decoding: value, as: UTF8.self), line: start))
        }

        private mutating func word() {
            let start = line
            var value: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == .space || byte == .tab || byte == .carriageReturn || byte == .formFeed || byte == .newline
                    || byte == .openBrace || byte == .closeBrace || (semicolons && byte == .semicolon)
                {
                    break
                }
                if byte == .backslash, index + 1 < bytes.count {
                    if bytes[index + 1] == .newline { line += 1 }
                    value.append(contentsOf: [byte, bytes[index + 1]])
                    index += 2
                    continue
                }
                // `${name}`: nginx reads the braces of a variable name as part of the word.
                if byte == .dollar, index + 1 < bytes.count, bytes[index + 1] == .openBrace {
                    var close = index + 2
                    while close < bytes.count, bytes[close] != .closeBrace, bytes[close] != .newline { close += 1 }
                    if close < bytes.count, bytes[close] == .closeBrace {
                        value.append(contentsOf: bytes[index...close])
                        index = close + 1
                        continue
                    }
                }
                value.append(byte)
                index += 1
            }
            tokens.append(Token(kind: .word, text: String(decoding: value, as: UTF8.self), line: start))
        }
    }
}

extension UInt8 {
    fileprivate static let newline = UInt8(ascii: "\n")
    fileprivate static let carriageReturn = UInt8(ascii: "\r")
    fileprivate static let space = UInt8(ascii: " ")
    fileprivate static let tab = UInt8(ascii: "\t")
    fileprivate static let formFeed: UInt8 = 0x0C
    fileprivate static let hash = UInt8(ascii: "#")
    fileprivate static let openBrace = UInt8(ascii: "{")
    fileprivate static let closeBrace = UInt8(ascii: "}")
    fileprivate static let semicolon = UInt8(ascii: ";")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let dollar = UInt8(ascii: "$")
}
