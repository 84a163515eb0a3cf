import LessonDocument
@testable import StudyGuide
import Testing

/// An inline `{swift}` span wrapped onto the next line (as lesson 09 wraps its claims) has its errors located at the
/// exact line and column of the bad code, not on the first line past its end.
@Suite("Inline spans wrapped over a line break are located exactly")
struct WrappedInlineLocationTests {
    /// The error diagnostics of `source` once evaluated.
    private func errors(_ source: String) -> [Diagnostic] {
        LessonEvaluator.evaluate(Lesson(path: "lessons/01-x.md", source: source)).diagnostics.filter { $0.severity == .error }
    }

    @Test("an unknown name on the second line of a wrapped claim is an error at that name")
    func testSecondLine() {
        let found = errors("A claim `{swift} 1 +\n  nope => 3` here.\n")
        #expect(found.map(\.message) == ["cannot find 'nope' in scope"])
        #expect(found.first?.location == LessonDocument.SourceLocation(line: 2, column: 3))
        for ending in ["\n", "\r\n", "\r"] {
            let unindented = errors("A claim `{swift} 1 +\(ending)nope => 3` here.\(ending)")
            #expect(unindented.map(\.location) == [LessonDocument.SourceLocation(line: 2, column: 1)], "line ending \(ending.debugDescription)")
        }
    }

    @Test("an error on the first line of a wrapped span stays there, and one in a quote's continuation is after its '>'")
    func testFirstLineAndQuote() {
        let first = errors("Text `{swift} nope +\n1 => 3`.\n")
        #expect(first.first?.location == LessonDocument.SourceLocation(line: 1, column: 15))
        let quoted = errors("> Quoted `{swift} 2 *\n> (1 + nope) => 3`.\n")
        #expect(quoted.first?.location == LessonDocument.SourceLocation(line: 2, column: 8))
    }

    @Test("a span over three lines maps each byte of its expression to its own line")
    func testRuns() throws {
        let lesson = Lesson(path: "x.md", source: "See `{swift} softmax([1,\n    2,\n    3])[0] => 0.090`.\n")
        let inline = try #require(lesson.inlineExpressions.first)
        #expect(inline.expression == "softmax([1, 2, 3])[0]")
        let offsets = ["softmax", "2", "3]"].map { inline.expression.utf8.count - inline.expression[inline.expression.range(of: $0)!.lowerBound...].utf8.count }
        #expect(offsets.map(inline.location(ofExpressionOffset:)) == [
            LessonDocument.SourceLocation(line: 1, column: 14), LessonDocument.SourceLocation(line: 2, column: 5),
            LessonDocument.SourceLocation(line: 3, column: 5),
        ])
    }
}
