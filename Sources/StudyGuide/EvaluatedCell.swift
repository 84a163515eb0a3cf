import ComputeLanguage
import LessonDocument

/// One cell after evaluation: what it displays and what went wrong, located in the lesson.
public struct EvaluatedCell: Sendable {
    /// The cell as parsed.
    public let cell: ComputeCell
    /// The decimals numbers are shown with.
    public let precision: Int
    /// The values of its expression statements, in order.
    public let outputs: [CellOutput]
    /// Its `#expect` outcomes.
    public let expectations: [Expectation]
    /// Every diagnostic of the cell, to show in its place in the page (including expected errors).
    public let diagnostics: [Diagnostic]
    /// Whether the cell was run (an unclosed fence is not).
    public let wasRun: Bool
}
