/// A written number and where it stands in the code, so that it can be replaced in place.
public struct LocatedNumber: Sendable, Hashable {
    /// The number as written.
    public let number: WrittenNumber
    /// The UTF-8 byte range of its text in the code.
    public let range: Range<Int>

    /// A number at a byte range.
    public init(number: WrittenNumber, range: Range<Int>) {
        self.number = number
        self.range = range
    }
}
