extension StringProtocol {
    /// The text without leading and trailing white space (space, tab, CR, LF and the other
    /// Unicode white space), like Foundation's whitespace-and-newline trimming but without the
    /// bridge through NSString that made trimming a third of loading a .nessus file.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
