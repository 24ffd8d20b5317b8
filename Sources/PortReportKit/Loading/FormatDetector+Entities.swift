extension FormatDetector {
    /// An XML file no loader recognises may still declare entities, as an XXE probe does (its
    /// root is whatever the attacker chose). Saying "entity declarations are refused", with the
    /// line, is more useful than "unknown root element", so such a file is run through the
    /// stream parser, which stops at the first declaration and throws that error.
    ///
    /// Returns normally when the head holds no `<!ENTITY` or the parser finds nothing wrong.
    static func refuseEntityDeclarations(path: String, sniff: ContentSniff) throws {
        guard sniff.xmlRoot != nil, sniff.text.contains("<!ENTITY") else { return }
        let handler = DiscardingHandler()
        try XMLStreamParser(path: path, handler: handler).parse()
    }

    /// Ignores every event: only the parser's own checks matter.
    private final class DiscardingHandler: XMLEventHandler {
        func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws {}
        func endElement(_ name: String, prefix: String?) throws {}
        func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}
    }
}
