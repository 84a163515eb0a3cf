import ComputeLanguage
import LessonDocument
import StudyGuide
import SwiftParser
import SwiftSyntax

/// One lesson as a Swift function: its blocks in order in one scope, as the interpreter runs them, each shown
/// expression statement wrapped in `CanonicalOutput.show(site, …)` and each `#expect(c)` made `CanonicalOutput.expect(site, c)`.
public enum LessonProgram {
    /// The lesson evaluated by the real pipeline (`LessonEvaluator`), and its program.
    public static func make(_ lesson: Lesson, deviations: [Deviation] = Deviation.all) -> CheckProgram {
        make(LessonEvaluator.evaluate(lesson), deviations: deviations)
    }

    /// The program of an evaluated lesson; blocks marked `error: true` and listed deviations are left out.
    public static func make(_ evaluated: EvaluatedLesson, deviations: [Deviation] = Deviation.all) -> CheckProgram {
        let path = evaluated.lesson.path
        var program = CheckProgram()
        program.units = [path]
        var body: [String] = []
        let items = evaluated.cells.map { (offset: $0.cell.blockRange.lowerBound, cell: Optional($0), inline: EvaluatedInline?.none) }
            + evaluated.inlines.map { (offset: $0.expression.expressionRange.lowerBound, cell: EvaluatedCell?.none, inline: Optional($0)) }
        for item in items.sorted(by: { $0.offset < $1.offset }) {
            if let inline = item.inline {
                body += self.inline(inline, path: path, deviations: deviations, into: &program)
                continue
            }
            guard let cell = item.cell, cell.wasRun else { continue }
            let fence = "\(path):\(cell.cell.openingFence.line)"
            if cell.cell.options.expectsError {
                program.skippedBlocks.append(fence)
                continue
            }
            if cell.diagnostics.contains(where: { $0.severity == .error }) {
                program.problems.append("\(fence): the block fails in the interpreter (`study check` says why); it is not compiled")
                continue
            }
            let rewritten = rewrite(cell, path: path, deviations: deviations, into: &program)
            let lines = rewritten.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
            body.append("    // \(fence)\n" + located(lines.joined(separator: "\n"), path: path, line: cell.cell.location(line: 1, column: 1).line))
        }
        let name = CheckProgram.functionName("lesson", path)
        let text = "import ComputeKit\n\n/// \(path)\nfunc \(name)() {\n" + body.joined(separator: "\n") + "\n}\n"
        program.files = [CheckProgram.File(name: name + ".swift", text: text)]
        return program
    }

    /// An inline `{swift}` expression of the prose, shown where it stands among the blocks (none for a sourced number
    /// or one that failed to evaluate).
    private static func inline(_ inline: EvaluatedInline, path: String, deviations: [Deviation], into program: inout CheckProgram) -> [String] {
        guard let value = inline.value, inline.status != .sourced, inline.status != .error else { return [] }
        let location = inline.expression.expressionLocation
        let site = "\(path):\(location.line):\(location.column)"
        let source = inline.expression.expression.replacingNewlines()
        if let deviation = deviations.first(where: { $0.matches(site: site, source: source) }) {
            program.deviations.append("\(site): `\(source)`: \(deviation.reason)")
            program.usedDeviations.append(deviation)
            return []
        }
        program.expected.append(ShownValue(site: site, leaves: value.leaves))
        return [located("    CanonicalOutput.show(\(literal(site)), \(source))  // inline", path: path, line: location.line)]
    }

    /// A course prelude as a source file compiled beside the lessons: `import ComputeKit`, then its code as written,
    /// located at its own file and lines so that swiftc's errors point into it as `study`'s do.
    public static func prelude(_ prelude: Prelude, index: Int) -> CheckProgram.File {
        CheckProgram.File(name: "prelude_\(index).swift", text: "import ComputeKit\n" + located(prelude.source, path: prelude.path, line: 1) + "\n")
    }

    /// `code` between `#sourceLocation` directives, so that swiftc reports its errors at the lesson's own lines.
    static func located(_ code: String, path: String, line: Int) -> String {
        "#sourceLocation(file: \(literal(path)), line: \(line))\n" + code + "\n#sourceLocation()"
    }

    /// The site of a position in a cell's code: `path:line:column` in the lesson file.
    static func site(_ cell: ComputeCell, path: String, line: Int, column: Int) -> String {
        let location = cell.location(line: line, column: column)
        return "\(path):\(location.line):\(location.column)"
    }

    /// The cell's code with its shown statements and expectations wrapped, their values added to `program.expected`.
    private static func rewrite(_ cell: EvaluatedCell, path: String, deviations: [Deviation], into program: inout CheckProgram) -> String {
        var edits: [SourceRewrite] = []
        var expected: [ShownValue] = []
        var wrapped: Set<Int> = []
        for output in cell.outputs {
            let site = site(cell.cell, path: path, line: output.start.line, column: output.start.column)
            // A statement shown more than once (in a loop or a function) is rewritten once; each of its values is expected.
            let first = wrapped.insert(output.range.lowerBound).inserted
            if let deviation = deviations.first(where: { $0.matches(site: site, source: output.source) }) {
                if first {
                    program.deviations.append("\(site): \(deviation.reason)")
                    program.usedDeviations.append(deviation)
                    edits.append(SourceRewrite(range: output.range, text: "()"))
                }
                continue
            }
            if first { edits.append(SourceRewrite(range: output.range, text: "CanonicalOutput.show(\(literal(site)), \(output.source))")) }
            expected.append(ShownValue(site: site, leaves: output.value.leaves))
        }
        let tree = Parser.parse(source: cell.cell.code)
        for (offset, argumentsStart) in ExpectFinder.expectations(in: tree) {
            let site = site(cell.cell, path: path, line: cell.cell.code.line(atUTF8Offset: offset), column: cell.cell.code.column(atUTF8Offset: offset))
            edits.append(SourceRewrite(range: offset..<argumentsStart, text: "CanonicalOutput.expect(\(literal(site)), "))
        }
        // Each evaluation of an `#expect` (several in a loop), in the order the interpreter evaluated them.
        for outcome in cell.expectations {
            let site = site(cell.cell, path: path, line: outcome.position.line, column: outcome.position.column)
            expected.append(ShownValue(site: site, leaves: [Leaf("", "expect", String(outcome.passed))]))
        }
        program.expected += expected
        return SourceRewrite.apply(edits, to: cell.cell.code)
    }

    /// `text` as a Swift string literal.
    static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"") + "\""
    }
}

/// A replacement of a UTF-8 byte range of a block's code.
struct SourceRewrite {
    /// The bytes replaced.
    var range: Range<Int>
    /// What replaces them.
    var text: String

    /// `code` with every rewrite applied (they do not overlap), from the last to the first.
    static func apply(_ rewrites: [SourceRewrite], to code: String) -> String {
        var bytes = Array(code.utf8)
        for rewrite in rewrites.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            let range = min(rewrite.range.lowerBound, bytes.count)..<min(rewrite.range.upperBound, bytes.count)
            bytes.replaceSubrange(range, with: Array(rewrite.text.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The `#expect(…)` macros of a block, as expressions or declarations, wherever they stand.
final class ExpectFinder: SyntaxVisitor {
    /// The offset of each `#` and of the first byte after its `(`, in source order.
    private var found: [(offset: Int, argumentsStart: Int)] = []

    /// Each `#expect(` of `tree`: where it starts and where its arguments start.
    static func expectations(in tree: SourceFileSyntax) -> [(offset: Int, argumentsStart: Int)] {
        let finder = ExpectFinder(viewMode: .sourceAccurate)
        finder.walk(tree)
        return finder.found
    }

    override func visit(_ node: MacroExpansionExprSyntax) -> SyntaxVisitorContinueKind {
        record(node.macroName, node.leftParen, start: node.positionAfterSkippingLeadingTrivia)
        return .visitChildren
    }

    override func visit(_ node: MacroExpansionDeclSyntax) -> SyntaxVisitorContinueKind {
        record(node.macroName, node.leftParen, start: node.positionAfterSkippingLeadingTrivia)
        return .visitChildren
    }

    private func record(_ name: TokenSyntax, _ leftParen: TokenSyntax?, start: AbsolutePosition) {
        guard name.text == "expect", let leftParen else { return }
        found.append((start.utf8Offset, leftParen.endPositionBeforeTrailingTrivia.utf8Offset))
    }
}

extension String {
    /// The 1-based line of the UTF-8 byte at `offset`.
    func line(atUTF8Offset offset: Int) -> Int {
        utf8.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The 1-based UTF-8 column of the byte at `offset`.
    func column(atUTF8Offset offset: Int) -> Int {
        offset - (utf8.prefix(offset).lastIndex(of: UInt8(ascii: "\n")).map { utf8.distance(from: utf8.startIndex, to: $0) + 1 } ?? 0) + 1
    }

    /// The string with every `target` replaced by `replacement`.
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }

    /// The string on one line: each newline becomes a space.
    func replacingNewlines() -> String { replacingOccurrences("\n", " ") }
}
