import Testing

@testable import PortReportKit

@Suite("Brace-structured configuration parsing")
struct BraceConfigTests {
    @Test("tokens: comments, quoted strings, a variable in braces, a # inside a word, line numbers")
    func tokens() {
        let text = "a \"b c\" # note {\nd/#e ${f}g;\n'h\\'i' {\n}"
        let (tokens, problems) = BraceConfigTokenizer(semicolons: true).tokenize(text)
        #expect(tokens.map(\.text) == ["a", "b c", "d/#e", "${f}g", ";", "h'i", "{", "}"])
        #expect(tokens.map(\.line) == [1, 1, 2, 2, 2, 3, 3, 4])
        #expect(problems.isEmpty)
    }

    @Test("TMSH statements end with their line, nginx ones at ';'")
    func termination() {
        let tmsh = BraceConfigStatement.parse(
            "ltm node /Common/n {\n    address 10.0.0.1\n    description x\n}\n", termination: .newline, path: "f")
        let block = tmsh.statements.first?.block ?? []
        #expect(block.map { $0.words.map(\.text) } == [["address", "10.0.0.1"], ["description", "x"]])
        #expect(block.map(\.line) == [2, 3])
        let nginx = BraceConfigStatement.parse("a 1\n 2; b { c; }", termination: .semicolon, path: "f")
        #expect(nginx.statements.map { $0.words.map(\.text) } == [["a", "1", "2"], ["b"]])
        #expect(nginx.statements.last?.block?.map(\.name) == ["c"])
    }

    @Test("an unclosed quote, a missing ';' and blocks nested too deeply are reported")
    func limits() {
        let deep = String(repeating: "a {\n", count: 101) + String(repeating: "}\n", count: 101) + "b;"
        let result = BraceConfigStatement.parse(deep, termination: .semicolon, path: "f")
        #expect(
            result.diagnostics.map(\.description) == [
                "warning: f:101: block nested more than 100 levels deep; its content is skipped"
            ])
        #expect(result.statements.map(\.name) == ["a", "b"])
        let quote = BraceConfigStatement.parse("a \"b;\n", termination: .semicolon, path: "f")
        #expect(
            quote.diagnostics.map(\.description) == [
                "warning: f:1: quoted string is never closed: the file ends inside it",
                "warning: f:1: 'a' is not ended by ';' before the end of the file",
            ])
    }
}
