import LessonDocument
@testable import StudyGuide
import Testing

/// Every `// =>` of a block that ran is either the result comment of an expression statement, and checked, or a
/// located error saying why it is not read.
@Suite("Result comment placement")
struct ResultCommentPlacementTests {
    /// A lesson of one block holding `code`; its first code line is line 4 of the file.
    static func lesson(_ code: String, options: String = "") -> Lesson {
        Lesson(path: "lessons/01-p.md", source: "# P\n\n```swift-compute\n\(options)\(code)\n```\n")
    }

    static func errors(_ code: String) -> [String] {
        LessonEvaluator.evaluate(lesson(code)).diagnostics.filter { $0.severity == .error }
            .map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test("a block comment between a statement and its '// =>' is skipped, so the result is checked and fails")
    func testBlockCommentBeforeResultIsChecked() {
        let evaluated = LessonEvaluator.evaluate(Self.lesson("let p = 0.25\np /* probability */ // => 0.9"))
        #expect(evaluated.failedCount == 1)
        #expect(evaluated.diagnostics.map(\.message) == ["wrong result: written 0.9, computed 0.2"])
        #expect(evaluated.diagnostics.first?.location == LessonDocument.SourceLocation(line: 5, column: 27))
        #expect(evaluated.edits.map(\.replacement) == ["0.2"])
    }

    @Test("a '// =>' that is not read is an error at its '//' that says why", arguments: [
        ("let p = 0.25\np // probability // => 0.9", "5:18: a result comment after another comment is not read"),
        ("let p = 0.25 // => 0.25", "4:14: a result comment follows an expression statement; 'let' shows no value: write 'p' on a line of its own"),
        ("var v = 1.5 // => 1.5", "4:13: a result comment follows an expression statement; 'var' shows no value: write 'v' on a line of its own"),
        ("var r = 1.0\nr = 2 // => 2", "5:7: a result comment follows an expression statement; an assignment shows no value: write 'r' on a line of its own"),
        ("#expect(1 < 2) // => 1", "4:16: a result comment follows an expression statement; '#expect' shows no value"),
        ("let p = 0.25\n// => 0.25", "5:1: a result comment on a line of its own is not read"),
        ("softmax([1, // => 3\n  2])", "4:13: a result comment in the middle of a multi-line expression is not read"),
        ("softmax([1,\n  // => 3\n  2])", "5:3: a result comment in the middle of a multi-line expression is not read"),
        ("let p = 0.25\n/* p // => 0.25 */", "5:6: a result comment inside a block comment is not read"),
    ])
    func testUnreadArrowIsAnError(code: String, expected: String) {
        let errors = Self.errors(code)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix(expected) == true, "\(errors)")
    }

    @Test("a '// =>' inside a string literal is no comment, and a result after 'p;' is p's")
    func testStringLiteralAndSemicolon() {
        #expect(Self.errors("let s = \"// => 3\"").isEmpty)
        let evaluated = LessonEvaluator.evaluate(Self.lesson("let p = 0.25\np; // => 0.250"))
        #expect(evaluated.diagnostics.isEmpty)
        #expect(evaluated.checkedCount == 1)
    }

    @Test("matrix continuation lines are part of their comment, not stray arrows")
    func testContinuationLinesAreRead() {
        let code = "let m: Matrix = [[1, 0], [0, 1]]\nm  // => [1.000, 0.000]\n   //    [0.000, 1.000]"
        let evaluated = LessonEvaluator.evaluate(Self.lesson(code))
        #expect(evaluated.diagnostics.isEmpty)
        #expect(evaluated.checkedCount == 4)
    }

    @Test("blocks marked 'error: true' and blocks that failed keep their own diagnostics only")
    func testFailedBlocksAreNotAudited() {
        let failing = Self.lesson("let q = 0.25 // => 0.25\nnope", options: "//| error: true\n")
        #expect(LessonEvaluator.evaluate(failing).diagnostics.isEmpty)
        let broken = Self.errors("let q = 0.25 // => 0.25\nnope")
        #expect(broken == ["5:1: cannot find 'nope' in scope"])
    }
}
