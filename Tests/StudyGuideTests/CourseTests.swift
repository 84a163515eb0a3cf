import Foundation
import LessonDocument
import StudyGuide
import Testing

/// The course in `lessons/` against its own acceptance rules, so that a lesson edited later cannot quietly drop them.
@Suite("The course")
struct CourseTests {
    /// The repository's `lessons/` folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons")

    static let names: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".md") }.sorted() ?? []

    @Test("at least ten lessons, numbered from 00 without gaps")
    func testLessonCount() {
        #expect(Self.names.count >= 10)
        #expect(Self.names.map { String($0.prefix(3)) } == Self.names.indices.map { String(format: "%02d-", $0) })
    }

    @Test("each lesson has a title and summary, at least three blocks and a figure, checks clean and ties every number", arguments: names)
    func testLesson(_ name: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let lesson = Lesson(path: "lessons/" + name, source: source)
        #expect(lesson.frontMatter.title != nil && lesson.frontMatter.summary != nil)
        #expect(lesson.cells.count >= 3)
        let evaluated = LessonEvaluator.evaluate(lesson)
        let figures = evaluated.cells.flatMap(\.outputs).filter { if case .figure = $0.value { true } else { false } }
        #expect(!figures.isEmpty, "\(name) shows no figure")
        #expect(evaluated.diagnostics.isEmpty, "\(evaluated.diagnostics.map(\.message))")
        #expect(evaluated.failedCount == 0 && evaluated.checkedCount > 0)
        #expect(evaluated.edits.isEmpty, "update would change \(name)")
        #expect(UntiedNumbers.diagnostics(for: lesson).isEmpty, "\(name) types numbers no computation ties")
    }
}
