/// A byte range of an XML file made into a document of its own: `prefix` (the original
/// declaration and the start tags of the enclosing elements), the range, then `suffix` (their end
/// tags). How `NessusSplitter` lets the parts of one large file be parsed side by side.
struct XMLSlice: Sendable, Equatable {
    /// Byte offsets in the file.
    var range: Range<Int>
    var prefix: [UInt8]
    var suffix: [UInt8]
}
