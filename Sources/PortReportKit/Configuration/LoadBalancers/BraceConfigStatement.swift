/// One directive of a brace-structured configuration (nginx, F5 TMSH): its words and, when it
/// opens one, the statements of its block.
///
/// `listen 10.0.0.1:443 ssl;` is a statement of three words; `upstream app { … }` is a statement
/// of two words with a block; `ltm pool /Common/web { members { … } }` likewise.
struct BraceConfigStatement: Sendable, Hashable {
    /// How a statement without a block ends.
    enum Termination: Sendable {
        /// At `;` (nginx).
        case semicolon
        /// At the end of its line (TMSH, one property per line).
        case newline
    }

    /// The words and quoted strings, in order; the first is the directive's name.
    var words: [BraceConfigTokenizer.Token]
    /// The statements between `{` and `}`, or `nil` when the statement opens no block.
    var block: [BraceConfigStatement]?
    /// The line the statement starts on.
    var line: Int

    /// The directive's name (`listen`, `ltm`); empty for a bare `{ … }`.
    var name: String { words.first?.text ?? "" }

    /// The words after the name.
    var arguments: ArraySlice<BraceConfigTokenizer.Token> { words.dropFirst() }

    /// Every statement in this one's block and the blocks nested in it, depth first, in file order.
    var descendants: [BraceConfigStatement] {
        var found: [BraceConfigStatement] = []
        var pending = Array((block ?? []).reversed())
        while let next = pending.popLast() {
            found.append(next)
            pending.append(contentsOf: (next.block ?? []).reversed())
        }
        return found
    }

    /// The deepest nesting kept. Real configurations stay within a dozen levels; a limit keeps
    /// a hostile file from building a tree too deep to walk or free without exhausting the stack.
    static let maximumDepth = 100

    /// Parses `text` into its top-level statements.
    ///
    /// Never fails: a `}` that closes nothing is skipped, a block still open at the end of the
    /// text is closed there, and an nginx directive missing its `;` still counts; each is
    /// reported with its line so that whatever was read before still counts.
    static func parse(
        _ text: String, termination: Termination, path: String
    ) -> (statements: [BraceConfigStatement], diagnostics: [Diagnostic]) {
        let tokenizer = BraceConfigTokenizer(semicolons: termination == .semicolon)
        let (tokens, problems) = tokenizer.tokenize(text)
        var diagnostics = problems.map { Diagnostic(path: path, line: $0.line, message: $0.message) }
        // An explicit stack rather than recursion: a file of thousands of `{` must not exhaust it.
        var open: [(owner: [BraceConfigTokenizer.Token], line: Int, outer: [BraceConfigStatement])] = []
        var statements: [BraceConfigStatement] = []
        var words: [BraceConfigTokenizer.Token] = []

        func finishWords(unterminatedBefore: String?) {
            guard let first = words.first else { return }
            if termination == .semicolon, let unterminatedBefore {
                diagnostics.append(
                    Diagnostic(
                        path: path, line: first.line,
                        message: "'\(first.text)' is not ended by ';' before \(unterminatedBefore)"))
            }
            statements.append(BraceConfigStatement(words: words, block: nil, line: first.line))
            words = []
        }

        func closeBlock() {
            guard var frame = open.popLast() else { return }
            let block = statements
            // Swapped rather than copied, so the outer list stays uniquely held and appending
            // to it does not copy it: a file of 50,000 objects must not take quadratic time.
            statements = []
            swap(&statements, &frame.outer)
            statements.append(
                BraceConfigStatement(words: frame.owner, block: block, line: frame.owner.first?.line ?? frame.line))
        }

        // Depth inside a block nested too deeply to keep; its tokens are only counted.
        var skippedDepth = 0
        for token in tokens {
            if skippedDepth > 0 {
                if token.kind == .open { skippedDepth += 1 }
                if token.kind == .close { skippedDepth -= 1 }
                continue
            }
            switch token.kind {
            case .word, .quoted:
                if termination == .newline, let last = words.last, token.line > last.line {
                    finishWords(unterminatedBefore: nil)
                }
                words.append(token)
            case .semicolon:
                finishWords(unterminatedBefore: nil)
            case .open where open.count >= maximumDepth:
                skippedDepth = 1
                words = []
                diagnostics.append(
                    Diagnostic(
                        path: path, line: token.line,
                        message: "block nested more than \(maximumDepth) levels deep; its content is skipped"))
            case .open:
                open.append((owner: words, line: token.line, outer: statements))
                statements = []
                words = []
            case .close:
                finishWords(unterminatedBefore: "'}'")
                if open.isEmpty {
                    diagnostics.append(
                        Diagnostic(path: path, line: token.line, message: "'}' closes no open block; ignored"))
                } else {
                    closeBlock()
                }
            }
        }
        finishWords(unterminatedBefore: "the end of the file")
        while let frame = open.last {
            let owner = frame.owner.prefix(3).map(\.text).joined(separator: " ")
            let opener = owner.isEmpty ? "block" : "'\(owner)' block"
            diagnostics.append(
                Diagnostic(
                    path: path, line: frame.line,
                    message: "\(opener) opened here is never closed: the file ends inside it"))
            closeBlock()
        }
        return (statements, diagnostics)
    }
}

extension ArraySlice where Element == BraceConfigTokenizer.Token {
    /// The text of the word right after the first word equal to `key`, e.g. the pool of
    /// `destination /Common/10.0.0.1:443 ip-protocol tcp pool /Common/web`.
    ///
    /// Only unquoted words are keys, so a quoted description never matches.
    func value(after key: String) -> BraceConfigTokenizer.Token? {
        guard let index = firstIndex(where: { $0.kind == .word && $0.text == key }), index + 1 < endIndex else {
            return nil
        }
        return self[index + 1]
    }
}
