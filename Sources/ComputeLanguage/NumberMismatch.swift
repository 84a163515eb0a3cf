/// One written number that does not match its computed value, with the text to put in its place.
public struct NumberMismatch: Sendable, Hashable {
    /// The UTF-8 byte range of the written number in the code.
    public let range: Range<Int>
    /// The number as written.
    public let written: String
    /// The computed value it should match.
    public let computed: Double
    /// The computed value written with the written number's precision and format.
    public let replacement: String

    /// A mismatch from its parts.
    public init(range: Range<Int>, written: String, computed: Double, replacement: String) {
        self.range = range
        self.written = written
        self.computed = computed
        self.replacement = replacement
    }
}
