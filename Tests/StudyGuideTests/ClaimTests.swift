import Foundation
import LessonDocument
@testable import StudyGuide
import Testing

@Suite("Claims and inline values")
struct ClaimTests {
    /// GPT-3 175B's MLP matrices from published dimensions: 49152 × 12288 × 96 of 175,181,291,520 weights.
    static let table = """
        # Shares

        ```swift-compute
        let total = 175_181_291_520
        let mlp = 49152 * 12288 * 96
        ```

        | component | weights | share |
        |---|---:|---:|
        | each MLP matrix | `{swift} mlp => 57,982,058,496` | `{swift} 1.0 * mlp / total => 33.096%` |
        | all | `{swift} total` | 100% |

        Prose sees the environment too: `{swift} 1.0 * mlp / 1e9 => 57.98` billion.

        """

    private func study(_ workspace: TemporaryWorkspace) -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path("output"))
    }

    @Test("a wrong claim in a table cell fails check at that cell with both values")
    func testWrongClaimInTable() throws {
        let workspace = try TemporaryWorkspace(lessons: ["09-shares.md": Self.table])
        let report = try study(workspace).check()
        #expect(report.exitCode == 1)
        let claims = report.diagnostics.filter { $0.message.hasPrefix("wrong claim") }
        #expect(claims.map(\.message) == ["wrong claim: written 33.096%, computed 33.098%"])
        let lines = Self.table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.contains("33.096%") })
        let prefix = try #require(lines[index].components(separatedBy: "33.096%").first)
        let line = index + 1
        let column = prefix.utf8.count
        #expect(claims.first?.location.line == line)
        #expect(claims.first?.location.column == column + 1)
    }

    @Test("update fixes that cell and nothing else, and a second update changes nothing")
    func testUpdateFixesCell() throws {
        let workspace = try TemporaryWorkspace(lessons: ["09-shares.md": Self.table])
        let report = try study(workspace).update()
        #expect(report.exitCode == 0, "\(report.diagnostics.map(\.message))")
        #expect(try workspace.text("lessons/09-shares.md") == Self.table.replacingOccurrences(of: "=> 33.096%", with: "=> 33.098%"))
        let once = try workspace.snapshot(".")
        _ = try study(workspace).update()
        #expect(try workspace.snapshot(".") == once)
    }

    @Test("pages show claims as their numbers, marked, with the expression on hover; Markdown shows plain numbers")
    func testRendering() throws {
        let right = Self.table.replacingOccurrences(of: "=> 33.096%", with: "=> 33.098%")
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/09-shares.md", source: right))
        #expect(lesson.failedCount == 0)
        #expect(lesson.checkedCount == 3)
        let guide = GuideRenderer().render([lesson], complete: true)
        let page = try #require(guide.files["09-shares.html"])
        #expect(page.contains("<span class=\"claim verified\" id=\"inline-2\" title=\"✓ 1.0 * mlp / total = 0.33098316602706596\">33.098%</span>"))
        #expect(page.contains("<span class=\"inline-value\" id=\"inline-3\" title=\"total\">175,181,291,520</span>"))
        #expect(!page.contains("{swift}"))
        let markdown = try #require(guide.files["09-shares.md"])
        #expect(markdown.contains("| each MLP matrix | 57,982,058,496 | 33.098% |"))
        #expect(markdown.contains("| all | 175,181,291,520 | 100% |"))
        #expect(markdown.contains("Prose sees the environment too: 57.98 billion."))
    }

    @Test("an inline span sees the environment at its place: a name bound later is unknown")
    func testOrder() {
        let source = "Before: `{swift} x`.\n\n```swift-compute\nlet x = 2\n```\n\nAfter: `{swift} x => 2`.\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-o.md", source: source))
        #expect(lesson.diagnostics.map(\.message) == ["cannot find 'x' in scope"])
        #expect(lesson.diagnostics.first?.location == SourceLocation(line: 1, column: 18))
        #expect(lesson.checkedCount == 1)
    }

    @Test("an inline span's diagnostics keep their fix-its and suggestions, located in the prose")
    func testInlineFixIts() throws {
        let source = "```swift-compute\nlet logits: Vector = [1, 2]\n```\n\nSee `{swift} 3 − 1 => 2` and `{swift} sum(logit)`.\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-f.md", source: source))
        #expect(lesson.diagnostics.map(\.message) == ["'−' (U+2212 MINUS SIGN) is not Swift's minus; use '-'", "cannot find 'logit' in scope"])
        let minus = try #require(lesson.diagnostics.first)
        #expect(minus.location == SourceLocation(line: 5, column: 16))
        #expect(minus.notes == [Diagnostic.Note("fix-it: replace '−' with '-'", at: SourceLocation(line: 5, column: 16))])
        #expect(lesson.diagnostics.last?.location == SourceLocation(line: 5, column: 45))
        #expect(lesson.diagnostics.last?.notes.map(\.message) == ["did you mean 'logits'?"])
    }

    @Test("an inline span may not bind names, and a claim on a vector is an error")
    func testStatementsRejected() {
        let source = "```swift-compute\nlet v: Vector = [1, 2]\n```\n\nNo `{swift} let y = 1` and `{swift} v => 1.5`.\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-s.md", source: source))
        #expect(lesson.diagnostics.count == 2)
        #expect(lesson.diagnostics.allSatisfy { $0.severity == .error && $0.location.line == 5 })
    }

    @Test("a claim follows a result comment's single-number rules: an integer against a real explains itself, a zero hides nothing")
    func testClaimNumberRules() throws {
        let source = "```swift-compute\nlet p = softmax([2, 1, 0])\n```\n\nTotal `{swift} sum(p) - 1e-12 => 1`, tiny `{swift} exp(-30.0) => 0.000`.\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-r.md", source: source))
        #expect(lesson.diagnostics.count == 2)
        let integer = try #require(lesson.diagnostics.first)
        #expect(integer.message == "wrong claim: written 1, computed 1.000")
        #expect(integer.notes.contains { $0.message.hasPrefix("an integer must match exactly") })
        let zero = try #require(lesson.diagnostics.last)
        // exp(-30) = 9.357622968840175e-14 (Python: math.exp(-30)).
        #expect(zero.message == "wrong claim: written 0.000, computed 9.358e-14")
        #expect(zero.notes.first?.message == "'exp(-30.0)' is 9.357622968840175e-14")
        let fixed = lesson.lesson.source.applying(lesson.edits)
        #expect(LessonEvaluator.evaluate(Lesson(path: "lessons/01-r.md", source: fixed)).edits.isEmpty)
    }
}
