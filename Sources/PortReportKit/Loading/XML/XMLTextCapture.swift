/// Collects the text of one element at a time for a SAX reader, so readers copy text only for
/// the elements they keep and nothing for the rest.
struct XMLTextCapture {
    /// The depth of the element being captured, or `nil` when nothing is.
    private(set) var depth: Int?
    /// The text so far. `XMLStreamParser` hands over each run of text between two tags in one
    /// piece, so each run is decoded as it comes (no run ends inside a UTF-8 sequence: the tag
    /// after it starts with an ASCII `<`) rather than gathered as bytes and copied again.
    private var text = ""

    /// Whether text is being collected.
    var isActive: Bool { depth != nil }

    /// Starts collecting the text of the element opened at `depth`, dropping earlier text.
    mutating func start(at depth: Int) {
        self.depth = depth
        text = ""
    }

    /// Appends text while collecting; ignored otherwise.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        if depth != nil { text += String(decoding: chunk, as: UTF8.self) }
    }

    /// The collected text when the element at `depth` closes (`nil` for any other element),
    /// decoded as UTF-8 with invalid bytes replaced, and stops collecting.
    mutating func finish(at depth: Int) -> String? {
        guard self.depth == depth else { return nil }
        self.depth = nil
        defer { text = "" }
        return text
    }

    /// Stops collecting without returning the text.
    mutating func cancel() {
        depth = nil
        text = ""
    }
}
