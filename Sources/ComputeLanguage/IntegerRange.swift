/// A range of integers, `lower..<upper` or `lower...upper`: iterated, counted and indexed without storing its elements.
public struct IntegerRange: Sendable, Equatable {
    /// The first integer of the range.
    public let lower: Int
    /// The integer past the last one (`upper + 1` of a closed range), so that `count` is `end - lower`.
    public let end: Int
    /// Whether the range was written `a...b` (shown so, and typed `ClosedRange<Int>`).
    public let closed: Bool

    /// `lower..<end`, or `lower...(end - 1)` when `closed`; nil when the bounds are reversed (Swift traps:
    /// "Range requires lowerBound <= upperBound") or the closed bound is `Int.max`.
    init?(lower: Int, upper: Int, closed: Bool) {
        let (end, overflow) = closed ? upper.addingReportingOverflow(1) : (upper, false)
        guard !overflow, lower <= end else { return nil }
        self.lower = lower
        self.end = end
        self.closed = closed
    }

    /// How many integers the range holds (saturating at `Int.max` for ranges wider than that).
    public var count: Int {
        let (count, overflow) = end.subtractingReportingOverflow(lower)
        return overflow ? .max : count
    }

    /// `Range<Int>` or `ClosedRange<Int>`.
    var typeName: String { closed ? "ClosedRange<Int>" : "Range<Int>" }

    /// `0..<4` or `1...3`, as written.
    var description: String { closed ? "\(lower)...\(end - 1)" : "\(lower)..<\(end)" }
}
