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
    /// The computed value with every digit needed to tell it apart: an integer's digits, or a real's shortest
    /// round-trip text (`485165195.40979034`).
    public let exactText: String
    /// Why the written number cannot match, when the rule is not plain from the numbers (an integer written for a
    /// real value must match exactly), with what to write instead.
    public let explanation: String?

    /// A mismatch from its parts; `exactText` defaults to the shortest round-trip text of `computed`.
    public init(range: Range<Int>, written: String, computed: Double, replacement: String, exactText: String? = nil, explanation: String? = nil) {
        self.range = range
        self.written = written
        self.computed = computed
        self.replacement = replacement
        self.exactText = exactText ?? ValueFormatter.roundTrip(computed)
        self.explanation = explanation
    }
}
