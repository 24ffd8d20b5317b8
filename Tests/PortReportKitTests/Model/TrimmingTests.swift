import Foundation
import Testing

@testable import PortReportKit

@Suite("Trimming scanner text")
struct TrimmingTests {
    @Test(
        "white space is trimmed as Foundation trims it, non-space text is kept whole",
        arguments: [
            "", " ", "plain", "  both  ", "\n\tSSH-2.0-OpenSSH_8.9\r\n", "\u{A0}nbsp\u{3000}", "\u{2028}x\u{85}",
            "inner  space kept", "é ✓ 🚀", "\u{0B}\u{0C}vt ff\u{1C}",
            // ASCII space around text whose ends are not ASCII, or are Unicode white space.
            "\nServer — ok\n", " é ", "\t\u{A0}x\u{A0}\t", "\r\n\u{2029}", " \u{1F} ", "\n\n\n",
        ])
    func trimming(text: String) {
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(Substring(text).trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("zero width space is not white space (Unicode White_Space), though Foundation trims it")
    func zeroWidthSpace() {
        #expect(" \u{200B}x\u{200B} ".trimmed == "\u{200B}x\u{200B}")
    }
}

@Suite("Scanner text inside our sentences")
struct BidiVisibilityTests {
    @Test("bidi controls are written out; other text is left alone")
    func visible() {
        #expect("plain é ✓ עברית".bidiVisible == "plain é ✓ עברית")
        #expect("evil\u{202E}txet\u{2069}".bidiVisible == "evil\\u{202E}txet\\u{2069}")
        #expect("mark\u{200F}".bidiVisible == "mark\\u{200F}")
        var compliance = ComplianceResult()
        compliance.checkName = "Check\u{202E}"
        compliance.result = "FAILED"
        #expect(ViewFactory.compliance(compliance) == "Check\\u{202E}; result: FAILED")
    }
}
