import Foundation
import LessonDocument
@testable import StudyGuide
import Testing

/// What `update` writes in result comments: the values, their format, line endings, stale rows, and what it refuses.
@Suite("What update writes")
struct UpdateWritesTests {
    /// A lesson of one block holding `code` (options first), with `ending` for every line break.
    static func source(_ code: String, options: String = "", ending: String = "\n") -> String {
        "# W\n\n```swift-compute\n\(options)\(code)\n```\n".replacingOccurrences(of: "\n", with: ending)
    }

    static func evaluate(_ source: String) -> EvaluatedLesson {
        LessonEvaluator.evaluate(Lesson(path: "lessons/01-w.md", source: source))
    }

    /// The source after one update, asserting that a second one changes nothing.
    static func updated(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let once = source.applying(evaluate(source).edits)
        let twice = once.applying(evaluate(once).edits)
        #expect(twice == once, "a second update changed the lesson", sourceLocation: sourceLocation)
        return once
    }

    @Test("an empty '// =>' placeholder is filled, quietly in check")
    func testPlaceholderIsFilled() {
        let source = Self.source("let x = 2.5\nx  // =>\nx  // =>   ")
        #expect(Self.evaluate(source).diagnostics.isEmpty)
        #expect(Self.updated(source) == Self.source("let x = 2.5\nx  // => 2.500\nx  // => 2.500"))
        let matrix = Self.source("let m: Matrix = [[1, 0], [0, 1]]\nm  // =>")
        #expect(Self.updated(matrix) == Self.source("let m: Matrix = [[1, 0], [0, 1]]\nm  // => [1.000, 0.000]\n   //    [0.000, 1.000]"))
    }

    @Test("a stale continuation row below a number, a vector or fewer rows is replaced, never left to grow the comment")
    func testStaleContinuationRowsAreReplaced() {
        let number = Self.source("let x = 2.5\nx  // => 2.500\n   //    [0.000, 1.000]")
        #expect(Self.evaluate(number).diagnostics.map(\.message).first?.contains("continuation row") == true)
        #expect(Self.updated(number) == Self.source("let x = 2.5\nx  // => 2.500"))
        let vector = Self.source("let v: Vector = [1, 2]\nv  // => [1.000, 2.000]\n   //    [0.000, 1.000]")
        #expect(Self.updated(vector) == Self.source("let v: Vector = [1, 2]\nv  // => [1.000, 2.000]"))
        let rows = Self.source("let m: Matrix = [[1, 0]]\nm  // => [1.000, 0.000]\n   //    [0.000, 1.000]\n   //    [0.000, 1.000]")
        #expect(Self.updated(rows) == Self.source("let m: Matrix = [[1, 0]]\nm  // => [1.000, 0.000]"))
    }

    @Test("rows left below a statement whose '// =>' was deleted are taken into the new comment")
    func testLeftoverRowsBelowAStatement() {
        let source = Self.source("let m: Matrix = [[1, 0], [0, 1]]\nm\n   //    [0.000, 1.000]")
        #expect(Self.updated(source) == Self.source("let m: Matrix = [[1, 0], [0, 1]]\nm  // => [1.000, 0.000]\n   //    [0.000, 1.000]"))
    }

    @Test("an author's note that only looks like a row (`// [1] Vaswani`) is never taken for a stale row")
    func testAuthorsNotesAreKept() {
        let note = Self.source("let x = 2.5\nx  // => 3.1\n   // [1] Vaswani et al.")
        #expect(Self.updated(note) == Self.source("let x = 2.5\nx  // => 2.5\n   // [1] Vaswani et al."))
        let below = Self.source("let x = 2.5\nx\n// [see the table]")
        #expect(Self.updated(below) == Self.source("let x = 2.5\nx  // => 2.500\n// [see the table]"))
    }

    @Test("a placeholder after a value that gets no comment (a Bool) is an error, not silence")
    func testPlaceholderForABool() {
        let evaluated = Self.evaluate(Self.source("1 < 2  // =>"))
        #expect(evaluated.diagnostics.map(\.message) == ["result comment does not fit the value: it needs no result comment, as a Bool has none"])
        #expect(evaluated.edits.isEmpty)
    }

    @Test("each written line ends as the line it is on: CRLF, a lone CR, and mixed endings", arguments: ["\r\n", "\r"])
    func testLineEndingsAreKept(ending: String) {
        let source = Self.source("let m: Matrix = [[1, 0], [0, 1]]\nm\nlet x = 2.5\nx  // => 3.1", ending: ending)
        let expected = Self.source("let m: Matrix = [[1, 0], [0, 1]]\nm  // => [1.000, 0.000]\n   //    [0.000, 1.000]\nlet x = 2.5\nx  // => 2.5", ending: ending)
        #expect(Self.updated(source) == expected)
    }

    @Test("in a file of mixed endings the inserted row takes the ending of its statement's line")
    func testMixedLineEndings() {
        let source = "# W\r\n\r\n```swift-compute\rlet m: Matrix = [[1, 0], [0, 1]]\nm\r\n```\n"
        #expect(Self.updated(source) == "# W\r\n\r\n```swift-compute\rlet m: Matrix = [[1, 0], [0, 1]]\nm  // => [1.000, 0.000]\r\n   //    [0.000, 1.000]\r\n```\n")
    }

    @Test("a lesson with lone CR endings parses, runs and checks")
    func testLoneCRLessonRuns() {
        let source = Self.source("let z: Vector = [2, 1, 0]\nsoftmax(z)  // => [0.665, 0.245, 0.090]\nsoftmax(z)  // => [0.665, 0.245, 0.091]", ending: "\r")
        let evaluated = Self.evaluate(source)
        #expect(evaluated.lesson.cells.count == 1)
        #expect(evaluated.checkedCount == 6)
        #expect(evaluated.diagnostics.map(\.message) == ["wrong result: written 0.091, computed 0.090"])
        #expect(evaluated.diagnostics.first?.location == LessonDocument.SourceLocation(line: 6, column: 34))
    }

    @Test("a comment too large for its block is refused with a located warning and advice, never written")
    func testLargeCommentIsRefused() {
        let source = Self.source("let big = gaussian(rows: 100, columns: 100, seed: 1)\nbig")
        let evaluated = Self.evaluate(source)
        #expect(evaluated.edits.isEmpty)
        let warning = evaluated.diagnostics.first
        #expect(warning?.severity == .warning)
        #expect(warning?.location == LessonDocument.SourceLocation(line: 5, column: 1))
        #expect(warning?.message.hasPrefix("update does not write a result comment of ") == true)
        #expect(warning?.notes.first?.message.contains("'big.shape'") == true)
        let fits = Self.source("let small = gaussian(rows: 8, columns: 8, seed: 1)\nsmall")
        #expect(Self.evaluate(fits).edits.count == 1)
    }

    @Test("thousands separators are kept when written, and not added when not")
    func testThousandsSeparatorsKept() {
        #expect(Self.updated(Self.source("1234567 + 1  // => 1,234,567")) == Self.source("1234567 + 1  // => 1,234,568"))
        #expect(Self.updated(Self.source("1234567 + 1  // => 1234567")) == Self.source("1234567 + 1  // => 1234568"))
    }

    @Test("precision 0 writes reals as whole numbers, which check then accepts at ±0.5")
    func testPrecisionZero() {
        let source = Self.source("let x = 2.5\nx\n2.7\n[1.2, 2.6]\n2.7  // => 2", options: "//| precision: 0\n")
        let once = Self.updated(source)
        #expect(once == Self.source("let x = 2.5\nx           // => 2\n2.7         // => 3\n[1.2, 2.6]  // => [1, 3]\n2.7  // => 3", options: "//| precision: 0\n"))
        #expect(Self.evaluate(once).diagnostics.isEmpty)
        #expect(Self.evaluate(once).checkedCount == 5)
    }

    @Test("a value too small for the precision is written in scientific notation, and a written zero no longer hides it")
    func testTinyValues() {
        #expect(Self.updated(Self.source("exp(-30)")) == Self.source("exp(-30)  // => 9.358e-14"))
        let zero = Self.source("exp(-30)  // => 0.000")
        #expect(Self.evaluate(zero).diagnostics.map(\.message) == ["wrong result: written 0.000, computed 9.358e-14"])
        #expect(Self.updated(zero) == Self.source("exp(-30)  // => 9.358e-14"))
        // Zeros in vectors keep the written-precision rule (softmax rows have them), and so does a rounding residue.
        #expect(Self.evaluate(Self.source("softmax([0, 20], temperature: 0.5)  // => [0.000, 1.000]")).diagnostics.isEmpty)
        #expect(Self.evaluate(Self.source("0.1 + 0.2 - 0.3  // => 0.000")).diagnostics.isEmpty)
    }

    @Test("integers are printed as integers, and an integer written for a real explains the rule and suggests the decimal form")
    func testMessages() {
        let big = Self.evaluate(Self.source("9223372036854775806 + 1  // => 9,223,372,036,854,775,806"))
        #expect(big.diagnostics.first?.message == "wrong result: written 9,223,372,036,854,775,806, computed 9,223,372,036,854,775,807")
        #expect(big.diagnostics.first?.notes.map(\.message) == ["'9223372036854775806 + 1' is 9223372036854775807"])
        let sum = Self.evaluate(Self.source("let p: Vector = [0.1, 0.2, 0.7000001]\nsum(p)  // => 1"))
        #expect(sum.diagnostics.first?.message == "wrong result: written 1, computed 1.000")
        #expect(sum.diagnostics.first?.notes.map(\.message) == [
            "'sum(p)' is 1.0000001",
            "an integer must match exactly, and this value is not an integer; write '1.000' to compare it at its decimals",
        ])
        let large = Self.evaluate(Self.source("485165195.40979034  // => 485165195.3"))
        #expect(large.diagnostics.first?.notes.map(\.message) == ["'485165195.40979034' is 485165195.40979034"])
    }
}
