import ComputeLanguage
import LessonDocument

/// An inline `{swift}` expression or claim after evaluation: the text it shows and whether it holds.
public struct EvaluatedInline: Sendable {
    /// How the span fared.
    public enum Status: Sendable, Equatable {
        /// A plain inline expression, shown as its value.
        case value
        /// A claim whose written number matches the computation.
        case verified
        /// A claim whose written number does not match.
        case failed
        /// A number that only comes from a source (`{source: …} 175B`): shown with it, computed and checked by nothing.
        case sourced
        /// The expression could not be evaluated (see the diagnostics).
        case error
    }

    /// The span as parsed.
    public let expression: InlineExpression
    /// The value computed, if any.
    public let value: Value?
    /// The text shown in its place: the value at the lesson's precision, or a claim's written number with its unit.
    public let text: String
    /// How it fared.
    public let status: Status
    /// The computed value in full, for a claim's hover text (a sourced number's source).
    public let detail: String

    /// The `id` of the span's element in the page.
    var anchor: String { "inline-\(expression.index + 1)" }
}
