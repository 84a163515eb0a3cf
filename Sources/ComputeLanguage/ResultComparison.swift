/// How a result comment compares with the value of its statement.
public enum ResultComparison: Sendable, Hashable {
    /// Every written number matches within its written precision.
    case matches
    /// The shape fits, but these numbers do not match; each can be replaced in place.
    case mismatches([NumberMismatch])
    /// The written shape does not fit the value (or cannot be read): `expected` names what fits
    /// (`a vector of 3 numbers`), and `replacement` is a whole new comment for the comment's range
    /// (empty when the value gets no comment, such as a Bool or a String).
    case shapeMismatch(expected: String, replacement: String)
}
