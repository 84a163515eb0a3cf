import ComputeLanguage
import Foundation
import LessonDocument
import StudyGuide
import Testing

/// Issue 11: front matter replaced the limits, so `limits: {elements: 10000000000, work: 100000000000}` let
/// `zeros(rows: 100000, columns: 100000)` abort allocating 80 GB. Front matter may now only lower them.
@Suite("Front matter limits only go down")
struct FrontMatterLimitTests {
    private static func evaluate(_ front: String, _ code: String) -> EvaluatedLesson {
        LessonEvaluator.evaluate(Lesson(path: "lessons/01-l.md", source: "---\n\(front)\n---\n# L\n\n```swift-compute\n\(code)\n```\n"))
    }

    @Test("limits above the maxima are errors at their keys, and the lesson runs with the maxima, quickly")
    func testRaisedLimits() {
        let start = ContinuousClock.now
        let lesson = Self.evaluate("limits: {elements: 10000000000, work: 100000000000}", "zeros(rows: 100000, columns: 100000)")
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(lesson.diagnostics.map { "\($0.location): \($0.message)" } == [
            "2:10: limit 'elements' of 10000000000 is above the maximum of 1000000; front matter may only lower the limits",
            "2:33: limit 'work' of 100000000000 is above the maximum of 2000000000; front matter may only lower the limits",
            "7:1: a value of 10000000000 elements exceeds the limit of 1000000 elements per value",
        ])
        #expect(lesson.diagnostics.allSatisfy { $0.severity == .error })
        #expect(lesson.diagnostics.first?.notes.map(\.message) == ["the lesson runs with 'elements' at 1000000"])
    }

    @Test("lower limits apply; the maxima themselves are accepted")
    func testLoweredLimits() {
        let lowered = Self.evaluate("limits:\n  elements: 10\n  work: 1000000", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]")
        #expect(lowered.diagnostics.map { "\($0.location): \($0.message)" } == [
            "9:1: a value of 11 elements exceeds the limit of 10 elements per value",
        ])
        let maxima = Self.evaluate("limits: {elements: 1000000, work: 2000000000}", "sum(zeros(rows: 1000, columns: 1000))")
        #expect(maxima.diagnostics.isEmpty)
    }

    @Test("limits passed by the caller are the maxima for that run")
    func testCallerMaxima() {
        let lesson = LessonEvaluator.evaluate(
            Lesson(path: "lessons/01-l.md", source: "---\nlimits: { work: 5000 }\n---\n# L\n\n```swift-compute\n1\n```\n"),
            limits: Limits(maxElements: 100, maxWork: 1000))
        #expect(lesson.diagnostics.map(\.message) == [
            "limit 'work' of 5000 is above the maximum of 1000; front matter may only lower the limits",
        ])
        #expect(Limits.default.lowered(elements: 5, work: nil) == Limits(maxElements: 5))
        #expect(Limits(maxElements: 5).lowered(elements: 50, work: 10) == Limits(maxElements: 5, maxWork: 10))
    }
}
