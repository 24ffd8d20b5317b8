/// Collects the text of one element at a time for a SAX reader, so readers copy text only for
/// the elements they keep and nothing for the rest.
struct XMLTextCapture {
    /// The depth of the element being captured, or `nil` when nothing is.
    private(set) var depth: Int?
    /// The text so far. `XMLStreamParser` hands over each run of text between two tags in one
    /// piece, so each run is decoded as it comes (no run ends inside a UTF-8 sequence: the tag
    /// after it starts with an ASCII `<`) rather than gathered as bytes and copied again.
    private var text = ""
    /// Whether ASCII white space at the ends is left out (`start(at:trimming:)`).
    private var trimming = false
    /// With `trimming`: the white space that ended the text so far, kept back in case more
    /// text follows it.
    private var heldSpace = ""

    /// Whether text is being collected.
    var isActive: Bool { depth != nil }

    /// Starts collecting the text of the element opened at `depth`, dropping earlier text; with
    /// `trimming`, without the ASCII white space at either end (for values trimmed anyway: the
    /// text is then made once, where trimming it after made a second copy of it).
    mutating func start(at depth: Int, trimming: Bool = false) {
        self.depth = depth
        self.trimming = trimming
        text = ""
        heldSpace = ""
    }

    /// Appends text while collecting; ignored otherwise.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard depth != nil else { return }
        guard trimming else {
            text += String(decoding: chunk, as: UTF8.self)
            return
        }
        var start = 0
        var end = chunk.count
        if text.isEmpty {
            while start < end && String.isASCIISpace(chunk[start]) { start += 1 }
        }
        while end > start && String.isASCIISpace(chunk[end - 1]) { end -= 1 }
        if end > start {
            text += heldSpace
            text += String(decoding: UnsafeBufferPointer(rebasing: chunk[start..<end]), as: UTF8.self)
            heldSpace = ""
        }
        if !text.isEmpty && end < chunk.count {
            heldSpace += String(decoding: UnsafeBufferPointer(rebasing: chunk[end...]), as: UTF8.self)
        }
    }

    /// The collected text when the element at `depth` closes (`nil` for any other element),
    /// decoded as UTF-8 with invalid bytes replaced, and stops collecting.
    mutating func finish(at depth: Int) -> String? {
        guard self.depth == depth else { return nil }
        self.depth = nil
        heldSpace = ""
        defer { text = "" }
        return text
    }

    /// Stops collecting without returning the text.
    mutating func cancel() {
        depth = nil
        text = ""
        heldSpace = ""
    }
}
