/// Receives the events of `XMLStreamParser`, one element at a time, in document order.
///
/// Handlers copy only what they need: names and attribute values are read lazily from the
/// parser's buffers, which are valid only during the call.
protocol XMLEventHandler: AnyObject {
    /// An element opened. `name` is the local name; `prefix` the namespace prefix, if any.
    func startElement(_ name: String, prefix: String?, attributes: XMLAttributes) throws
    /// An element closed.
    func endElement(_ name: String, prefix: String?) throws
    /// Text or CDATA content, in one call for each run of text between two tags (however
    /// libxml2 split it), the bytes valid only during the call.
    func characters(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Whether `characters` should be called for the text that follows: asked after every start
    /// and end tag, so a handler that collects text only inside some elements spares the parser
    /// from handing over everything else (the white space between tags above all).
    var wantsCharacters: Bool { get }
}

extension XMLEventHandler {
    var wantsCharacters: Bool { true }
}
