/// Why the text of a result comment cannot be read, and where.
public struct ResultCommentProblem: Sendable, Hashable, Error {
    /// What is wrong, for a diagnostic: lower case, no final period (`expected ']' to close the row`).
    public let reason: String
    /// The UTF-8 byte offset of the problem in the code.
    public let offset: Int
    /// Whether `update` replaces the whole comment with a fresh one: an empty `// =>` placeholder, or continuation
    /// rows left below a comment that holds no matrix (text `update` wrote, never an author's words).
    public let isRewritable: Bool
    /// Whether the comment is an empty `// =>` placeholder, waiting for `update` to fill it (not an error).
    public let isPlaceholder: Bool

    /// A problem at an offset.
    public init(reason: String, offset: Int, isRewritable: Bool = false, isPlaceholder: Bool = false) {
        self.reason = reason
        self.offset = offset
        self.isRewritable = isRewritable || isPlaceholder
        self.isPlaceholder = isPlaceholder
    }
}
