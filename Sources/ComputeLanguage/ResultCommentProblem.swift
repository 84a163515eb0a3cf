/// Why the text of a result comment cannot be read, and where.
public struct ResultCommentProblem: Sendable, Hashable, Error {
    /// What is wrong, for a diagnostic: lower case, no final period (`expected ']' to close the row`).
    public let reason: String
    /// The UTF-8 byte offset of the problem in the code.
    public let offset: Int

    /// A problem at an offset.
    public init(reason: String, offset: Int) {
        self.reason = reason
        self.offset = offset
    }
}
