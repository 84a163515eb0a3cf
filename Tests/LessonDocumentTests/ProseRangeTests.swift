import Testing
import TransformerCore
@testable import LessonDocument

/// The prose ranges `check --strict` reads numbers in: outside code, math, inline expressions and cells.
struct ProseRangeTests {
    @Test("random documents: every prose range lies in one line, in the source, outside math, inline expressions and cells")
    func testRandomDocuments() {
        let pieces = RobustnessTests.mathPieces + ["0.5", ".25", "-", "−", "1,000", "e-3", "%", "B", "7", "a", "é", ",", "."]
        var generator = SplitMix64(seed: 31)
        for _ in 0..<600 {
            let count = Int.random(in: 1...60, using: &generator)
            let source = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let lesson = Lesson(path: "random.md", source: source)
            let bytes = Array(source.utf8)
            for range in lesson.proseRanges {
                #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count)
                #expect(!bytes[range].contains(UInt8(ascii: "\n")), "\(source.utf8Text(range)) in \(source.debugDescription)")
                #expect(!lesson.math.contains { $0.range.overlaps(range) }, "\(source.utf8Text(range)) in \(source.debugDescription)")
                #expect(!lesson.inlineExpressions.contains { $0.spanRange.overlaps(range) })
                #expect(!lesson.cells.contains { $0.blockRange.overlaps(range) })
            }
        }
    }
}
