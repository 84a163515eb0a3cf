import ComputeLanguage
import Foundation
import LessonDocument
import StudyGuide
import Testing

/// Claims that name their source, numbers that only come from a source, and claims with units: `check` compares them,
/// `update` never rewrites a sourced one, and the pages show the source.
@Suite("Sourced claims and units")
struct SourcedClaimTests {
    /// GPT-3 175B's MLP share, with the notes' misprinted 33.096% as a sourced claim beside two plain claims.
    static let lesson = """
        # Shares

        ```swift-compute
        let total = 175_181_291_520
        let mlp = 49152 * 12288 * 96
        ```

        Each MLP matrix holds `{swift} 1.0 * mlp / total => 33.096% (source: study notes, GPT-3 table)` of the weights,
        that is `{swift} 1.0 * mlp / 1e9 => 57.98 billion` weights, or `{swift} 1.0 * mlp / total => 33.1%`.
        The paper reports `{source: GPT-3 paper, Table 2.1} 175.0B` parameters.

        """

    private func study(_ workspace: TemporaryWorkspace) -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path("output"))
    }

    @Test("a sourced claim made wrong stays wrong after update and fails check with its source named")
    func testAcceptance() throws {
        let wrong = Self.lesson.replacingOccurrences(of: "=> 33.1%`", with: "=> 33.7%`")
        let workspace = try TemporaryWorkspace(lessons: ["09-shares.md": wrong])
        let updated = try study(workspace).update()
        #expect(updated.updatedLessons.count == 1)
        let after = try workspace.text("lessons/09-shares.md")
        #expect(after == Self.lesson, "the plain claim is fixed, the sourced one left as written")
        #expect(after.contains("=> 33.096% (source: study notes, GPT-3 table)"))
        #expect(updated.exitCode == 1)

        let report = try study(workspace).check()
        #expect(report.exitCode == 1)
        #expect(report.failedCount == 1)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.message) == [
            "wrong sourced claim: written 33.096%, computed 33.098% (source: study notes, GPT-3 table)",
        ])
        #expect(errors.first?.location == SourceLocation(line: 8, column: 53))
        let notes = errors.first?.notes.map(\.message) ?? []
        #expect(notes.count == 2)
        #expect(notes.first?.hasPrefix("'1.0 * mlp / total' is 0.33098") == true)
        #expect(notes.last == "update leaves a sourced claim as written: correct the computation, or the claim where it misquotes its source")

        let again = try study(workspace).update()
        #expect(again.updatedLessons.isEmpty)
        #expect(try workspace.text("lessons/09-shares.md") == Self.lesson)
    }

    @Test("a right sourced claim is verified and counted; a sourced number is shown but counted as no check")
    func testCounts() {
        let right = Self.lesson.replacingOccurrences(of: "33.096% (source", with: "33.098% (source")
        let evaluated = LessonEvaluator.evaluate(Lesson(path: "lessons/09-shares.md", source: right))
        #expect(evaluated.diagnostics.isEmpty, "\(evaluated.diagnostics.map(\.message))")
        #expect(evaluated.checkedCount == 3)
        #expect(evaluated.failedCount == 0)
        #expect(evaluated.inlines.map(\.status) == [.verified, .verified, .verified, .sourced])
        #expect(evaluated.inlines.map(\.text) == ["33.098%", "57.98 billion", "33.1%", "175.0B"])
    }

    @Test("pages show the source: HTML as a visible citation and in the hover text, Markdown as readable text")
    func testRendering() throws {
        let evaluated = LessonEvaluator.evaluate(Lesson(path: "lessons/09-shares.md", source: Self.lesson))
        let guide = GuideRenderer().render([evaluated], complete: true)
        let page = try #require(guide.files["09-shares.html"])
        #expect(page.contains(
            "<span class=\"claim failed\" id=\"inline-1\" title=\"✗ 1.0 * mlp / total = 33.098%, not 33.096%; source: study notes, GPT-3 table\">33.096%</span>"
                + " <small class=\"source\">(source: <cite>study notes, GPT-3 table</cite>)</small>"))
        #expect(page.contains("<span class=\"claim verified\" id=\"inline-2\" title=\"✓ 1.0 * mlp / 1e9 = 57.98"))
        #expect(page.contains("\">57.98 billion</span> weights"))
        #expect(page.contains(
            "<span class=\"sourced-number\" id=\"inline-4\" title=\"from a source, not computed; source: GPT-3 paper, Table 2.1\">175.0B</span>"
                + " <small class=\"source\">(source: <cite>GPT-3 paper, Table 2.1</cite>)</small> parameters"))
        #expect(!page.contains("{source"))
        let markdown = try #require(guide.files["09-shares.md"])
        #expect(markdown.contains("Each MLP matrix holds 33.096% (source: study notes, GPT-3 table) of the weights,"))
        #expect(markdown.contains("that is 57.98 billion weights, or 33.1%."))
        #expect(markdown.contains("The paper reports 175.0B (source: GPT-3 paper, Table 2.1) parameters."))
    }

    @Test("a source is escaped in HTML and in Markdown")
    func testEscaping() throws {
        let source = "A `{source: <b>Smith & Jones</b> [2]} 0.5` share.\n"
        let evaluated = LessonEvaluator.evaluate(Lesson(path: "lessons/01-e.md", source: source))
        let guide = GuideRenderer().render([evaluated], complete: true)
        #expect(try #require(guide.files["01-e.html"]).contains("<cite>&lt;b&gt;Smith &amp; Jones&lt;/b&gt; [2]</cite>"))
        #expect(try #require(guide.files["01-e.md"]).contains("A 0.5 (source: \\<b\\>Smith & Jones\\</b\\> \\[2\\]) share."))
    }

    @Test("check --strict accepts a sourced number, and a prose number equal to a sourced one is tied to it")
    func testStrict() throws {
        let lesson = """
            The notes print `{source: study notes, GPT-3 table} 33.096%` for the MLP share; 33.096% is what they copy.
            They also print 8.274%.

            """
        let workspace = try TemporaryWorkspace(lessons: ["01-s.md": lesson])
        _ = try study(workspace).build()
        let report = try study(workspace).check(strict: true)
        #expect(report.diagnostics.map { "\($0.location) \($0.message)" } == ["2:17 number not tied to a computation: 8.274%"])
        #expect(report.checkedCount == 0)
    }

    @Test("a claim's unit is shown, not scaled: the number is compared, and update rewrites the number only")
    func testUnits() throws {
        let lesson = """
            ```swift-compute
            let bytes = 2_500_000_000
            ```

            Weights: `{swift} 1.0 * bytes / 1e9 => 2.4 GB`; raw: `{swift} bytes => 2.5 GB`; suffix: `{swift} bytes => 2.5B bytes`.

            """
        let evaluated = LessonEvaluator.evaluate(Lesson(path: "lessons/01-u.md", source: lesson))
        let messages = evaluated.diagnostics.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first == "wrong claim: written 2.4, computed 2.5")
        #expect(messages.last?.hasPrefix("wrong claim: written 2.5, computed 2") == true, "the unit does not scale 2.5 to 2.5e9")
        #expect(evaluated.inlines.map(\.text) == ["2.4 GB", "2.5 GB", "2.5B bytes"])
        let workspace = try TemporaryWorkspace(lessons: ["01-u.md": lesson])
        _ = try study(workspace).update()
        let after = try workspace.text("lessons/01-u.md")
        #expect(after.contains("`{swift} 1.0 * bytes / 1e9 => 2.5 GB`"))
        let raw = try #require(after.components(separatedBy: "`{swift} bytes => ").dropFirst().first?.components(separatedBy: " GB`").first)
        #expect(WrittenNumber.parse(raw)?.matches(2.5e9) == true, "\(raw)")
        #expect(after.contains("`{swift} bytes => 2.5B bytes`"))
    }

    @Test("an unreadable number is an error at it, with a note when a unit is glued to it")
    func testUnreadable() {
        let lesson = "```swift-compute\nlet x = 2.5\n```\n\nA `{swift} x => 2.5GB` and `{source: a paper} 1.2.3` and `{swift} x => abc (source: b)`.\n"
        let evaluated = LessonEvaluator.evaluate(Lesson(path: "lessons/01-r.md", source: lesson))
        #expect(evaluated.diagnostics.map { "\($0.location) \($0.message)" } == [
            "5:17 cannot read '2.5GB' as a number", "5:47 cannot read '1.2.3' as a number", "5:72 cannot read 'abc' as a number",
        ])
        #expect(evaluated.diagnostics.first?.notes.map(\.message) == [
            "a unit follows the number after a space, as in '2.5 GB'; it is shown, not scaled",
        ])
        #expect(evaluated.diagnostics.dropFirst().allSatisfy { $0.notes.isEmpty })
        #expect(evaluated.inlines.map(\.status) == [.error, .error, .error])
        #expect(evaluated.checkedCount == 0)
    }
}
