import Foundation
import LessonDocument
@testable import StudyGuide
import Testing

/// Issue 11: a lesson of 25,000 blocks took minutes, since each block copied the environment and tested every
/// diagnostic of the lesson for being its own. Evaluating a block must cost the same however many come before it.
@Suite("Many blocks: evaluation linear in the number of blocks")
struct ManyBlocksEvaluationTests {
    /// `count` blocks, each binding a name of its own, with an unknown option line in each when `badOption`.
    private static func lesson(_ count: Int, badOption: Bool) -> Lesson {
        var source = "# Many\n\n"
        for index in 0..<count {
            source += "```swift-compute\n" + (badOption ? "//| colour: red\n" : "") + "let v\(index) = \(index)\n```\n\n"
        }
        return Lesson(path: "lessons/01-many.md", source: source)
    }

    @Test("each block keeps its own option error, at its own line")
    func testOwnDiagnostics() throws {
        let evaluated = LessonEvaluator.evaluate(Self.lesson(300, badOption: true))
        #expect(evaluated.cells.count == 300)
        for (index, cell) in evaluated.cells.enumerated() {
            // Each block takes 5 lines after the 2 of the heading; its option line is the one after the fence.
            #expect(cell.diagnostics.map(\.location.line) == [2 + 5 * index + 2], "block \(index)")
        }
        #expect(evaluated.diagnostics.count == 300)
    }

    @Test("10,000 blocks, each with a diagnostic, evaluate within a generous debug bound")
    func testManyBlocks() {
        let lesson = Self.lesson(10_000, badOption: true)
        let start = ContinuousClock.now
        let evaluated = LessonEvaluator.evaluate(lesson)
        let elapsed = ContinuousClock.now - start
        #expect(evaluated.cells.count == 10_000)
        #expect(evaluated.diagnostics.count == 10_000)
        // 4 s in a debug build; testing every diagnostic against every block took 191 s.
        #expect(elapsed < .seconds(40), "\(elapsed)")
    }

    @Test("10,000 blocks and 10,000 wrong claims between them render into one page within a generous debug bound")
    func testManyBlocksRendered() {
        var source = "# Many\n\n"
        for _ in 0..<10_000 { source += "Prose `{swift} x => 2`.\n```swift-compute\nlet x = 1\n```\n" }
        let evaluated = LessonEvaluator.evaluate(Lesson(path: "lessons/01-many.md", source: source))
        #expect(evaluated.diagnostics.count == 10_000)
        let start = ContinuousClock.now
        let guide = GuideRenderer().render([evaluated], complete: true, navigation: [evaluated.lesson])
        let elapsed = ContinuousClock.now - start
        #expect(guide.files.count > 1)
        // Testing every diagnostic against every block for being its own took 5.4 s in a release build at 10,000
        // (20 s at 25,000): quadratic; a binary search a diagnostic is linear.
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    @Test("a line falls in a block found by binary search, fence lines included, and nowhere else")
    func testLineInBlocks() {
        let blocks = [3...5, 8...8, 10...14]
        let inside = Set(blocks.flatMap { Array($0) })
        for line in 0...16 {
            #expect(LessonPageRenderer.line(line, isIn: blocks) == inside.contains(line), "line \(line)")
        }
        #expect(!LessonPageRenderer.line(1, isIn: []))
    }
}
