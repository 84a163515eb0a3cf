import Foundation
import LessonDocument
@testable import StudyGuide
import Testing

/// Parsing, front matter, diagnostics and their quoted lines take time linear in a lesson's size: the hostile lessons of
/// issue 11 (16,000 bad claims, front matter of 20,000 keys, a 10 MB line, 100,000 lines) finish within generous bounds
/// in a debug build, bounds that only catch a quadratic runaway (each took minutes when every diagnostic re-split the
/// source), never measure speed.
@Suite("Hostile lessons: parsing and diagnostics in linear time")
struct HostileLessonTimeTests {
    /// Parses `source`, formats every diagnostic as `check` prints it, and returns the lesson and the printed text, or
    /// nil when that took longer than `seconds`.
    private func parsedAndFormatted(_ source: String, within seconds: Double,
                                    extra: @escaping @Sendable (Lesson) -> [Diagnostic] = { _ in [] }) async -> (Lesson, String)? {
        await Deadline.run(seconds: seconds) {
            let lesson = Lesson(path: "lessons/01-x.md", source: source)
            let diagnostics = lesson.diagnostics + extra(lesson)
            return (lesson, DiagnosticFormatter.format(diagnostics, as: .text, sources: ["lessons/01-x.md": lesson.lines]))
        }
    }

    @Test("16,000 bad claims: every one located, quoted and printed within 30 s (debug)")
    func testSixteenThousandClaims() async throws {
        let count = 16_000
        let source = "# Claims\n\n" + String(repeating: "A claim `{swift} => 3` and `{swift} 1 + 1 => 3`.\n", count: count)
        let wrong: @Sendable (Lesson) -> [Diagnostic] = { lesson in
            lesson.inlineExpressions.compactMap { inline in
                inline.writtenLocation.map { Diagnostic(.error, "wrong claim: written 3, computed 2", path: lesson.path, at: $0) }
            }
        }
        let (lesson, text) = try #require(await parsedAndFormatted(source, within: 30, extra: wrong), "took more than 30 s")
        #expect(lesson.inlineExpressions.count == count)
        #expect(lesson.diagnostics.count == count)
        let last = "lessons/01-x.md:\(count + 2):46: error: wrong claim: written 3, computed 2\n"
            + "A claim `{swift} => 3` and `{swift} 1 + 1 => 3`.\n" + String(repeating: " ", count: 45) + "^\n"
        #expect(text.hasSuffix(last))
        #expect(text.components(separatedBy: ": error: ").count - 1 == 2 * count)
    }

    @Test("front matter of 20,000 unknown keys, in block and in flow style, is diagnosed within 30 s (debug)")
    func testTwentyThousandKeys() async throws {
        let count = 20_000
        let block = "---\n" + (0..<count).map { "key\($0): \($0)\n" }.joined() + "---\n\n# Front\n"
        let (lesson, text) = try #require(await parsedAndFormatted(block, within: 30), "took more than 30 s")
        #expect(lesson.diagnostics.count == count)
        #expect(lesson.diagnostics.last?.location == LessonDocument.SourceLocation(line: count + 1, column: 1))
        #expect(text.hasSuffix("\(count + 1):1: error: unknown front matter key 'key\(count - 1)'\nkey\(count - 1): \(count - 1)\n^\n"
            + "lessons/01-x.md:\(count + 1):1: note: known keys are title, summary, precision, limits\n"))
        let flow = "---\n{" + (0..<count).map { "k\($0): \($0)" }.joined(separator: ", ") + "}\n---\n"
        let (flowed, flowText) = try #require(await parsedAndFormatted(flow, within: 30), "took more than 30 s")
        #expect(flowed.diagnostics.count == count)
        let lineLength = flow.split(separator: "\n")[1].utf8.count
        let column = lineLength - "k\(count - 1): \(count - 1)}".utf8.count + 1
        #expect(flowed.diagnostics.last?.location == LessonDocument.SourceLocation(line: 2, column: column))
        #expect(flowText.utf8.count < count * 600, "a long line is quoted as a window around each key, not whole")
    }

    @Test("a 10 MB line is parsed, and 1,000 diagnostics on it printed, within 120 s (debug)")
    func testTenMegabyteLine() async throws {
        let line = String(repeating: "word 0.5 `code` x ", count: 10_000_000 / 18)
        let source = "# Long\n\n" + line + "`{swift} 1 + 1 => 3`\n"
        let onTheLine: @Sendable (Lesson) -> [Diagnostic] = { lesson in
            (0..<1_000).map { Diagnostic(.warning, "number", path: lesson.path, at: .init(line: 3, column: 1 + $0 * 9_000)) }
        }
        let (lesson, text) = try #require(await parsedAndFormatted(source, within: 120, extra: onTheLine), "took more than 120 s")
        #expect(lesson.inlineExpressions.first?.writtenLocation == LessonDocument.SourceLocation(line: 3, column: line.utf8.count + 19))
        #expect(text.utf8.count < 1_000 * 600, "each diagnostic quotes a window of the line, not 10 MB")
    }

    @Test("100,000 lines of prose, claims and blocks are parsed and located within 60 s (debug)")
    func testHundredThousandLines() async throws {
        let unit = "Prose with 0.25 and `{swift} 2 => 2`.\n\n```swift-compute\nlet x = 1\n```\n\n"
        let units = 100_000 / 6
        let source = "# Lines\n\n" + String(repeating: unit, count: units)
        let lessonAndText = await parsedAndFormatted(source, within: 60)
        let (lesson, _) = try #require(lessonAndText, "took more than 60 s")
        #expect(lesson.lines.count == 2 + 6 * units)
        #expect(lesson.cells.count == units)
        #expect(lesson.inlineExpressions.count == units)
        #expect(lesson.inlineExpressions.last?.writtenLocation == LessonDocument.SourceLocation(line: 3 + 6 * (units - 1), column: 35))
    }
}
