import LessonDocument

/// A written number or expectation that did not hold, and the anchor of the cell it is in.
public struct VerificationFailure: Hashable, Sendable, Comparable {
    /// Where the failure is in the lesson file.
    public var location: SourceLocation
    /// The `id` of the cell's element in the lesson page.
    public var anchor: String

    public static func < (lhs: VerificationFailure, rhs: VerificationFailure) -> Bool {
        lhs.location < rhs.location
    }
}
