import Foundation
import LessonDocument
import StudyGuide
import Testing

/// Issue 11: a 1000×1000 matrix shown eight times took 86 s, 459 MB of memory and 168 MB of pages, exit 0. The
/// lesson's budget of elements shown now refuses it before anything is rendered.
@Suite("Shown values: large results are refused before they are rendered")
struct ShownValueRenderingTests {
    @Test("a million elements shown eight times: eight located errors, small pages, quickly")
    func testLargeResults() throws {
        let code = "let m = gaussian(rows: 1000, columns: 1000, seed: 1)\n" + Array(repeating: "m", count: 8).joined(separator: "\n")
        let start = ContinuousClock.now
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-m.md", source: "# M\n\n```swift-compute\n\(code)\n```\n"))
        let files = GuideRenderer().render([lesson], complete: true).files
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(lesson.diagnostics.map(\.location.line) == Array(5...12))
        #expect(lesson.diagnostics.allSatisfy { $0.message.hasPrefix("showing this value of 1002000 elements") })
        #expect(try #require(files["01-m.html"]).utf8.count < 100_000)
        #expect(try #require(files["01-m.md"]).utf8.count < 100_000)
    }

    @Test("a 400×400 matrix, within the budget, is shown and rendered within a generous debug bound")
    func testResultWithinBudget() throws {
        let source = "# M\n\n```swift-compute\nzeros(rows: 400, columns: 400)\n```\n"
        let start = ContinuousClock.now
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-m.md", source: source))
        let files = GuideRenderer().render([lesson], complete: true).files
        // About 2.6 s for the whole command in a debug build (about 14 µs an element shown).
        #expect(ContinuousClock.now - start < .seconds(20))
        #expect(!lesson.hasErrors)
        #expect(try #require(files["01-m.html"]).utf8.count > 160_000)
    }
}
