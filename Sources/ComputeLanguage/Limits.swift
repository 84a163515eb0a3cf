/// Bounds on what one lesson may compute, counted in elements and operations (never in time).
public struct Limits: Hashable, Sendable {
    /// The most numbers one value may hold (a 1000 × 1000 matrix is 1,000,000).
    public var maxElements: Int
    /// The most arithmetic operations all cells of one lesson may perform together.
    public var maxWork: Int

    /// Limits with the given bounds.
    public init(maxElements: Int = 1_000_000, maxWork: Int = 2_000_000_000) {
        self.maxElements = maxElements
        self.maxWork = maxWork
    }

    /// The default limits: 1,000,000 elements a value, 2,000,000,000 operations a lesson.
    public static let `default` = Limits()
}
