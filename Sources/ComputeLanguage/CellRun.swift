/// What running one cell produced: its displayed values, its expectations and its diagnostics.
public struct CellRun: Sendable {
    /// The value of each expression statement that evaluated, in source order.
    public var outputs: [CellOutput] = []
    /// Each `#expect(…)` that was evaluated, passed or not.
    public var expectations: [Expectation] = []
    /// Syntax and evaluation problems, in source order.
    public var diagnostics: [ComputeDiagnostic] = []

    /// How many top-level statements failed for a reason reported elsewhere (a name whose definition failed in an
    /// earlier block or in the course prelude, the work limit already reported), without a diagnostic of their own.
    public var quietFailures = 0

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether a statement failed, said here or elsewhere: then the cell's result comments are not all matched to
    /// values, and are not audited for placement.
    public var hasFailures: Bool { hasErrors || quietFailures > 0 }

    /// An empty run.
    public init() {}
}

/// The value of one expression statement, with where it stands in the code.
public struct CellOutput: Sendable, Equatable {
    /// The value computed.
    public var value: Value
    /// The statement's source text, trimmed.
    public var source: String
    /// The statement's UTF-8 byte range in the code (no surrounding trivia).
    public var range: Range<Int>
    /// Where the statement starts.
    public var start: ComputeDiagnostic.Position
    /// Where the statement ends (the position just past its last byte).
    public var end: ComputeDiagnostic.Position

    /// An output for the statement at `range`.
    public init(value: Value, source: String, range: Range<Int>, start: ComputeDiagnostic.Position, end: ComputeDiagnostic.Position) {
        self.value = value
        self.source = source
        self.range = range
        self.start = start
        self.end = end
    }
}

/// One evaluated `#expect(…)`.
public struct Expectation: Sendable, Equatable {
    /// The condition's source text.
    public var condition: String
    /// Whether it held.
    public var passed: Bool
    /// Where the `#expect` starts.
    public var position: ComputeDiagnostic.Position

    /// An expectation outcome.
    public init(condition: String, passed: Bool, position: ComputeDiagnostic.Position) {
        self.condition = condition
        self.passed = passed
        self.position = position
    }
}
