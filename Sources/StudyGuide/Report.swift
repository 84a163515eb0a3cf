import LessonDocument

/// What a command found: diagnostics, stale output, counts. Printed at the end; the exit code is decided last.
public struct Report: Sendable {
    /// The lessons' problems, in lesson order then location.
    public var diagnostics: [Diagnostic] = []
    /// Each lesson's lines by path (split once per lesson), for quoting lines in diagnostics.
    public var sources: [String: SourceLines] = [:]
    /// Output files that do not match a fresh render (`check` only).
    public var staleFiles: [StaleFile] = []
    /// Written numbers and expectations verified.
    public var checkedCount = 0
    /// Verifications that failed (number drift and failed expectations).
    public var failedCount = 0
    /// The changes `update` wrote, in lesson order then location.
    public var edits: [AppliedEdit] = []
    /// Lessons whose source `update` rewrote.
    public var updatedLessons: [String] = []
    /// Files in the output folder that `study` did not write and left alone.
    public var foreignFiles: [String] = []
    /// How many lessons were processed.
    public var lessonCount = 0
    /// What `update` and `build` would change, as unified diffs (`check --diff` only).
    public var diff = ""
    /// Numbers in prose not tied to a computation, reported as warnings (`check --strict` only).
    public var untiedNumberCount = 0

    /// The number of error diagnostics.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    /// 0 when all is well; 1 for problems in the lessons, stale output, or (`check --strict`) untied numbers.
    public var exitCode: Int32 { errorCount > 0 || !staleFiles.isEmpty || untiedNumberCount > 0 ? 1 : 0 }

    /// The closing lines: what was checked, what failed, what to run.
    public var summary: String {
        var lines: [String] = []
        lines += edits.map(\.description)
        for file in updatedLessons { lines.append("updated \(file)") }
        for file in foreignFiles { lines.append("warning: left \(file) alone: study did not write it") }
        if !staleFiles.isEmpty {
            lines += staleFiles.map { "stale: \($0)" }
            lines.append("the output is stale: run `make guide` (or `study build`) and commit the output folder")
        }
        if untiedNumberCount > 0 {
            let (count, plural) = (untiedNumberCount, untiedNumberCount != 1)
            lines.append("\(count) number\(plural ? "s" : "") in prose not tied to a computation: write \(plural ? "them" : "it") as claims")
        }
        let errors = errorCount
        let verdict = errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")"
        lines.append("\(lessonCount) lesson\(lessonCount == 1 ? "" : "s"): \(checkedCount) checks, \(failedCount) failed; \(verdict)")
        return lines.map { $0 + "\n" }.joined()
    }
}
