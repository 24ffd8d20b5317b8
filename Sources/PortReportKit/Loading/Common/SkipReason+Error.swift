/// A skip reason is what a record converter fails with, so converters return
/// `Result<Converted, SkipReason>`.
extension SkipReason: Error {}
