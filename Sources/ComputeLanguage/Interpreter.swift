import SwiftDiagnostics
import SwiftOperators
import SwiftParserDiagnostics
import SwiftSyntax

/// Evaluates the statements of one cell; problems become diagnostics, never traps.
struct Interpreter {
    /// Raised when evaluation of a statement cannot go on; the diagnostic (if any) is already recorded.
    enum Failure: Error { case reported }

    var environment: Environment
    let converter: SourceLocationConverter
    let limits: Limits
    var work: Int
    var workExhausted: Bool
    /// The elements of all values shown so far in the lesson, counted against `limits.maxShownElements`.
    var shown: Int
    var run = CellRun()
    /// Names bound by this cell, to reject redeclarations within it.
    var declaredHere: Set<String> = []
    /// The local scopes of the blocks being executed, innermost last; empty at the top level of a cell.
    var scopes: [Scope] = []
    /// How many loops enclose the statement being executed within the current function (for `break`, `continue`).
    var loopLabels: [String?] = []
    /// The function or closure being executed, innermost last (for `return`, and the depth limit).
    var calls: [Function] = []
    /// The loops and calls being executed, innermost last: each step of them is charged, and the work limit points
    /// at the innermost.
    var repetitionSites: [Syntax] = []
    /// The root of this cell's (folded) syntax tree: a node under another root belongs to a function or closure
    /// that an earlier cell declared.
    var cellRoot: Syntax?
    /// The call in this cell that entered a function of an earlier cell: errors inside it are located there.
    var foreignCallSite: Syntax?
    /// The stack address below which calls and blocks stop nesting (see `StackBounds`), nil when unknown; found when
    /// a cell first enters a block, since finding it reads the process's memory map on a main thread.
    lazy var stackFloor: Int? = StackBounds.floor()

    // MARK: Positions and diagnostics

    /// The position of an absolute offset in the code.
    func position(_ absolute: AbsolutePosition) -> ComputeDiagnostic.Position {
        let location = converter.location(for: absolute)
        return .init(offset: absolute.utf8Offset, line: location.line, column: location.column)
    }

    /// The position where `node` starts, after its leading trivia.
    func position(of node: some SyntaxProtocol) -> ComputeDiagnostic.Position {
        position(node.positionAfterSkippingLeadingTrivia)
    }

    /// Records an error at `node` and returns the failure to throw.
    @discardableResult
    mutating func error(
        _ message: String, at node: some SyntaxProtocol, notes: [ComputeDiagnostic.Note] = [], fixIts: [ComputeDiagnostic.FixIt] = []
    ) -> Failure {
        if let (site, note) = foreignLocation(of: node) {
            run.diagnostics.append(ComputeDiagnostic(.error, message, at: position(of: site), notes: [note] + notes))
            return .reported
        }
        run.diagnostics.append(ComputeDiagnostic(.error, message, at: position(of: node), notes: notes, fixIts: fixIts))
        return .reported
    }

    /// For a node in an earlier cell's code (the body of a function declared there), the call in this cell that led
    /// to it and a note saying where the problem is in the function; nil for a node of this cell.
    func foreignLocation(of node: some SyntaxProtocol) -> (Syntax, ComputeDiagnostic.Note)? {
        guard let cellRoot, let foreignCallSite, Syntax(node).root != cellRoot else { return nil }
        let name = calls.first(where: { $0.declaration.root != cellRoot })?.name.map { "'\($0)'" } ?? "a closure"
        return (foreignCallSite, .init("in \(name), declared in an earlier block: \(node.trimmedDescription.prefix(60))"))
    }

    /// Records a warning at `node`.
    mutating func warning(_ message: String, at node: some SyntaxProtocol, notes: [ComputeDiagnostic.Note] = []) {
        guard foreignLocation(of: node) == nil else { return }
        // In a loop a warning would repeat at every iteration: one at a place is enough.
        let at = position(of: node)
        guard !run.diagnostics.contains(where: { $0.severity == .warning && $0.position == at }) else { return }
        run.diagnostics.append(ComputeDiagnostic(.warning, message, at: position(of: node), notes: notes))
    }

    /// Records swift-syntax's own syntax diagnostics, with their notes and fix-its.
    mutating func reportSyntaxErrors(in tree: SourceFileSyntax) {
        if let token = Self.tokenTrappingFixIts(in: tree) {
            run.diagnostics.append(ComputeDiagnostic(.error, .inconsistentEqualsWhitespace, at: position(of: token)))
            return
        }
        let source = tree.syntaxTextBytes
        for diagnostic in ParseDiagnosticsGenerator.diagnostics(for: tree) {
            let severity: ComputeDiagnostic.Severity = switch diagnostic.diagMessage.severity {
            case .error: .error
            case .warning: .warning
            default: .note
            }
            let notes = diagnostic.notes.map { ComputeDiagnostic.Note($0.message, at: position($0.position)) }
            let fixIts = diagnostic.fixIts.compactMap { Self.fixIt($0.message.message, edits: $0.edits, source: source) }
            run.diagnostics.append(
                ComputeDiagnostic(severity, diagnostic.message, at: position(diagnostic.position), notes: notes, fixIts: fixIts))
        }
    }

    /// A token whose lexer diagnostic swift-syntax 603 cannot turn into a fix-it without trapping ("A Fix-It must have
    /// at least one change"): an `=` flagged for inconsistent whitespace though a space or a tab sits on both sides, a
    /// control character beside it (`let r \u{1}= 1`; found by `make fuzz`). Such a tree is reported here instead.
    static func tokenTrappingFixIts(in tree: SourceFileSyntax) -> TokenSyntax? {
        tree.tokens(viewMode: .all).first { token in
            guard token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides else { return false }
            let before = token.previousToken(viewMode: .all)?.trailingTrivia.contains(where: \.isSpaceOrTab) ?? false
            return before && token.trailingTrivia.contains(where: \.isSpaceOrTab)
        }
    }

    /// One fix-it of swift-syntax as a single edit: the bytes from its first edit to its last, with every edit applied
    /// (swift-syntax's "insert ';'" moves trivia and inserts, two edits that are one suggestion); nil without edits.
    static func fixIt(_ message: String, edits: [SourceEdit], source: [UInt8]) -> ComputeDiagnostic.FixIt? {
        let sorted = edits.sorted { $0.range.lowerBound.utf8Offset < $1.range.lowerBound.utf8Offset }
        guard let start = sorted.first?.range.lowerBound.utf8Offset else { return nil }
        var replacement: [UInt8] = []
        var cursor = start
        for edit in sorted {
            let lower = min(max(edit.range.lowerBound.utf8Offset, cursor), source.count)
            replacement += source[min(cursor, lower)..<lower]
            replacement += Array(edit.replacement.utf8)
            cursor = max(cursor, min(edit.range.upperBound.utf8Offset, source.count))
        }
        return ComputeDiagnostic.FixIt(message, range: start..<cursor, replacement: String(decoding: replacement, as: UTF8.self))
    }

    /// Records the errors of statements refused before evaluation, and marks failed the names they would bind.
    mutating func reportRejections(_ parsed: ParsedCell) {
        for rejection in parsed.rejections {
            let at = position(AbsolutePosition(utf8Offset: rejection.offset))
            run.diagnostics.append(ComputeDiagnostic(.error, rejection.message, at: at))
        }
        for name in parsed.failedNames {
            environment[name] = .failed
        }
    }

    /// Records operator-folding errors; returns the byte ranges of the nodes that could not be folded.
    mutating func reportFoldErrors(_ errors: [OperatorError]) -> [Range<Int>] {
        errors.map { foldError in
            let diagnostic = foldError.asDiagnostic
            run.diagnostics.append(ComputeDiagnostic(.error, diagnostic.message, at: position(diagnostic.position)))
            let node = diagnostic.node
            return node.positionAfterSkippingLeadingTrivia.utf8Offset..<node.endPositionBeforeTrailingTrivia.utf8Offset
        }
    }

    // MARK: Work and size limits

    /// Counts `operations` against the lesson's work limit.
    mutating func charge(_ operations: Int, at node: some SyntaxProtocol) throws(Failure) {
        if workExhausted { throw .reported }
        let (total, overflow) = work.addingReportingOverflow(operations)
        work = overflow ? .max : total
        guard overflow || total > limits.maxWork else { return }
        workExhausted = true
        // Inside a loop or a call, the limit points at the innermost one: that is what repeats.
        throw error(.workLimit(limits.maxWork), at: repetitionSites.last ?? Syntax(node))
    }

    /// Counts one step of code that repeats (a loop's iteration, a call, a statement or expression inside either)
    /// at `WorkWeight.step`, so that the work limit bounds the time a loop or a recursion takes; code at the top
    /// level of a cell runs once, bounded by the block's length, and pays only for its arithmetic.
    mutating func chargeStep(at node: some SyntaxProtocol) throws(Failure) {
        guard !repetitionSites.isEmpty else { return }
        try charge(WorkWeight.step, at: node)
    }

    /// Rejects a value with more elements than one value may hold.
    mutating func checkSize(_ count: Int, at node: some SyntaxProtocol) throws(Failure) {
        guard count > limits.maxElements else { return }
        throw error(.sizeLimit(count, limit: limits.maxElements), at: node)
    }

    /// Rejects a side (rows, columns, a count of heads) longer than one value may hold elements, whatever the other sides.
    mutating func checkSide(_ side: Int, at node: some SyntaxProtocol) throws(Failure) {
        guard side > limits.maxElements else { return }
        throw error(.sideLimit(side, limit: limits.maxElements), at: node)
    }

    /// Rejects a value with too many elements, or with a side too long (a 0 × 10⁹ matrix).
    mutating func checkSize(of value: Value, at node: some SyntaxProtocol) throws(Failure) {
        try checkSize(value.elementCount, at: node)
        try checkSide(value.longestSide, at: node)
    }

    /// The longest type name a value may have: arrays of tuples of arrays nest, and a loop such as `x = [x]` would
    /// otherwise nest a value deeper at every step, until walking it overflowed the stack.
    static let maximumTypeNameLength = 256

    /// Rejects a value nested so deeply that its type's name is longer than `maximumTypeNameLength`.
    mutating func checkNesting(of value: Value, at node: some SyntaxProtocol) throws(Failure) {
        let name = value.typeName
        guard name.utf8.count > Self.maximumTypeNameLength else { return }
        throw error(.nestedTooDeeply(String(name.prefix(40))), at: node)
    }

    /// Counts showing `value` as a result (formatting it, its page's table or figure, its Markdown) against the lesson's
    /// budget of elements shown; a value that does not fit is an error at its statement, and is not shown.
    mutating func countShowing(_ value: Value, at node: some SyntaxProtocol) throws(Failure) {
        let total = Builtin.Cost.sum(shown, value.footprint)
        guard total <= limits.maxShownElements else {
            throw error(.showingLimit(value.footprint, shown: shown, limit: limits.maxShownElements), at: node, notes: [.init(.showASummary)])
        }
        shown = total
    }

    /// Binds `name`, unless the names of the lesson would then hold more elements together than its memory budget.
    mutating func bindChecked(_ name: String, to value: Value, mutable: Bool, at node: some SyntaxProtocol) throws(Failure) {
        let live = environment.liveElements(replacing: name, with: value)
        guard live <= limits.maxLiveElements else {
            throw error(.memoryLimit(name, live: live, limit: limits.maxLiveElements), at: node, notes: [.init(.freeMemory)])
        }
        environment[name] = .value(value, mutable: mutable)
    }

    /// The footprints of the values bound in local scopes, counted with the lesson's names against its memory budget.
    var localLiveElements: Int {
        scopes.reduce(0) { Builtin.Cost.sum($0, $1.liveElements) }
    }
}

private extension String {
    /// "this lesson exceeds its work limit of N operations".
    static func workLimit(_ limit: Int) -> String {
        "this lesson exceeds its work limit of \(limit) operations"
    }

    /// "a value of N elements exceeds the limit of M".
    static func sizeLimit(_ count: Int, limit: Int) -> String {
        "a value of \(count) elements exceeds the limit of \(limit) elements per value"
    }

    /// "a side of N exceeds the limit of M".
    static func sideLimit(_ side: Int, limit: Int) -> String {
        "a side of \(side) exceeds the limit of \(limit) elements per value, even with no elements"
    }

    /// "showing this value of N elements would take the lesson past its limit of M elements shown".
    static func showingLimit(_ footprint: Int, shown: Int, limit: Int) -> String {
        "showing this value of \(footprint) elements would take the lesson past its limit of \(limit) elements shown"
            + (shown > 0 ? " (\(shown) shown before it)" : "")
    }

    static func nestedTooDeeply(_ type: String) -> String {
        "this value nests arrays, tuples or optionals too deeply (its type begins '\(type)…'); swift-compute allows types of up to 256 characters"
    }

    static let showASummary = "bind it with 'let' and show a summary instead, such as x.shape, sum(x) or x[0]"

    /// "binding 'x' brings the lesson's names to N elements, past its memory limit of M".
    static func memoryLimit(_ name: String, live: Int, limit: Int) -> String {
        "binding '\(name)' brings the lesson's names to \(live) elements, past its memory limit of \(limit) elements"
    }

    /// swiftc's "'=' must have consistent whitespace on both sides".
    static let inconsistentEqualsWhitespace = "'=' must have consistent whitespace on both sides"

    static let freeMemory = "assign a new value to a 'var' rather than binding new names, or keep fewer large values"
}
