import SwiftOperators
import SwiftSyntax

/// One lesson's run of swift-compute: cells evaluated in order against one shared environment.
public struct ComputeSession: Sendable {
    /// The names bound so far.
    public private(set) var environment = Environment()
    /// The bounds on values and work.
    public let limits: Limits
    /// Operations performed so far by all cells of the lesson, counted against `limits.maxWork`.
    public private(set) var work = 0
    /// Whether the work limit has been reported already (later failures then stay quiet).
    private var workExhausted = false
    /// The elements of all values shown so far, counted against `limits.maxShownElements`.
    public private(set) var shown = 0

    /// A fresh session with an empty environment.
    public init(limits: Limits = .default) {
        self.limits = limits
    }

    /// Puts back the names as they were before an inline span ran.
    mutating func restoreEnvironment(_ names: Environment) {
        environment = names
    }

    /// Parses and evaluates one cell's code, binding its names for the cells after it.
    ///
    /// Never traps: syntax errors, unsupported Swift and failed evaluations come back as diagnostics.
    /// A statement with a syntax error, or nested too deeply to evaluate, is not evaluated, and names it
    /// would bind are marked failed, so that their later uses do not report errors of their own.
    public mutating func run(_ code: String) -> CellRun {
        let parsed = ParsedCell(code)
        let tree = parsed.tree
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        var interpreter = Interpreter(
            environment: Environment(), converter: converter, limits: limits, work: work, workExhausted: workExhausted, shown: shown
        )
        // Moved in and back out rather than copied: the environment's storage stays uniquely referenced, so binding a
        // name does not copy every earlier binding.
        swap(&environment, &interpreter.environment)
        defer { swap(&environment, &interpreter.environment) }
        interpreter.reportRejections(parsed)
        interpreter.reportSyntaxErrors(in: tree)
        var foldErrors: [OperatorError] = []
        let folded = OperatorTable.compute.foldAll(tree) { foldErrors.append($0) }
        let unfoldable = interpreter.reportFoldErrors(foldErrors)
        let statements = folded.as(SourceFileSyntax.self)?.statements ?? tree.statements
        interpreter.cellRoot = statements.root
        interpreter.execute(statements, skipping: unfoldable + parsed.skipped)
        work = interpreter.work
        shown = interpreter.shown
        workExhausted = interpreter.workExhausted
        interpreter.run.diagnostics.sort { $0.position < $1.position }
        return interpreter.run
    }
}
