import ComputeLanguage
import LessonDocument

extension LessonEvaluator {
    /// Runs a course prelude in a lesson's session, before the lesson's first block, and returns its diagnostics
    /// located in the prelude's own file.
    ///
    /// Its names are then bound for the lesson's blocks; a name whose declaration failed is bound as failed, so the
    /// lesson's uses of it stay quiet. Its work, its live values and anything it shows count against the lesson's
    /// limits. A prelude shows nothing: an expression statement whose value would be shown is an error at that
    /// statement; a failed `#expect` is the interpreter's error at the `#expect`, as in a block.
    static func run(_ prelude: Prelude, in session: inout ComputeSession) -> [Diagnostic] {
        let run = session.run(prelude.source)
        var diagnostics = run.diagnostics.map { diagnostic(from: $0, in: prelude) }
        for output in run.outputs {
            diagnostics.append(Diagnostic(.error, .preludeShowsValue, path: prelude.path, at: location(output.start),
                                          notes: [Diagnostic.Note(.bindOrRemove)]))
        }
        return diagnostics.sorted(by: order)
    }

    /// A prelude diagnostic from one of its code's diagnostics: the code is the whole file, so lines and columns carry over.
    private static func diagnostic(from diagnostic: ComputeDiagnostic, in prelude: Prelude) -> Diagnostic {
        let severity: Diagnostic.Severity = switch diagnostic.severity {
        case .error: .error
        case .warning: .warning
        case .note: .note
        }
        var notes = diagnostic.notes.map { Diagnostic.Note($0.message, at: $0.position.map(location)) }
        notes += diagnostic.fixIts.map { fixIt in
            Diagnostic.Note("fix-it: \(fixIt.message)", at: prelude.lines.location(ofOffset: fixIt.range.lowerBound))
        }
        return Diagnostic(severity, diagnostic.message, path: prelude.path, at: location(diagnostic.position), notes: notes)
    }

    /// The file location of a position in the prelude's code.
    private static func location(_ position: ComputeDiagnostic.Position) -> SourceLocation {
        SourceLocation(line: position.line, column: position.column)
    }
}

private extension String {
    static let preludeShowsValue = "a course prelude shows no values: this expression's value would be shown"
    static let bindOrRemove = "bind it with 'let' for the lessons to use, or move it into a lesson"
}
