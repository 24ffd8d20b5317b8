/// Why `XMLScanner` stopped: something outside the plain XML it reads, or not well-formed.
/// Not an error to show: the caller reads the document again with libxml2, which either reads
/// it or reports the problem with its line and column.
struct XMLScanDecline: Error, Equatable {
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
