/// Bounds on what one lesson may compute, counted in elements and operations (never in time).
public struct Limits: Hashable, Sendable {
    /// The most numbers one value may hold (a 1000 × 1000 matrix is 1,000,000), and the longest side a matrix may have.
    public var maxElements: Int
    /// The most work units all cells of one lesson may spend together (arithmetic, builtins and showing values).
    public var maxWork: Int
    /// The most numbers all of a lesson's bound names may hold together: its memory budget.
    public var maxLiveElements: Int
    /// The most numbers a lesson may show as results in all (each costs about 10 µs of rendering, and page size).
    public var maxShownElements: Int

    /// Limits with the given bounds.
    public init(
        maxElements: Int = 1_000_000, maxWork: Int = 2_000_000_000, maxLiveElements: Int = 10_000_000, maxShownElements: Int = 200_000
    ) {
        self.maxElements = maxElements
        self.maxWork = maxWork
        self.maxLiveElements = maxLiveElements
        self.maxShownElements = maxShownElements
    }

    /// The default limits, which are also the most a lesson may ask for: 1,000,000 elements a value,
    /// 2,000,000,000 work units, 10,000,000 live elements and 200,000 elements shown a lesson.
    public static let `default` = Limits()

    /// These limits lowered to `elements` and `work` where those are smaller; never raised.
    public func lowered(elements: Int?, work: Int?) -> Limits {
        var lowered = self
        if let elements { lowered.maxElements = min(maxElements, max(elements, 0)) }
        if let work { lowered.maxWork = min(maxWork, max(work, 0)) }
        return lowered
    }
}
