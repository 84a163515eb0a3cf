import LessonDocument

/// A lesson after all its cells ran: the input of every renderer, of `check` and of `update`.
public struct EvaluatedLesson: Sendable {
    /// The lesson as parsed.
    public let lesson: Lesson
    /// Its cells, evaluated in order.
    public let cells: [EvaluatedCell]
    /// Its inline `{swift}` spans and claims, evaluated in order.
    public let inlines: [EvaluatedInline]
    /// The problems to report, sorted by location (expected errors of `error: true` cells excluded).
    public let diagnostics: [Diagnostic]
    /// The edits `update` makes: result comments added or corrected in cells without errors.
    public let edits: [SourceEdit]
    /// How many written numbers and expectations were verified.
    public let checkedCount: Int
    /// How many of those failed.
    public let failedCount: Int
    /// The failed verifications, for the index's links.
    public let failures: [VerificationFailure]
    /// The problems of the course prelude run before its first block, located in the prelude's file (`Prelude`); the
    /// report lists each once, however many lessons ran the prelude.
    public var preludeDiagnostics: [Diagnostic] = []
    /// The course prelude run before its first block, if its folder has one.
    public var prelude: Prelude?

    /// Whether any reported diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
