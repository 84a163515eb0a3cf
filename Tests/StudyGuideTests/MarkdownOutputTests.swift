import LessonDocument
import StudyGuide
import Testing

@Suite("Markdown output")
struct MarkdownOutputTests {
    private func markdown(_ source: String) -> String {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-m.md", source: source))
        return GuideRenderer().render([lesson], complete: true).files["01-m.md"] ?? ""
    }

    @Test("math is written as GitHub renders it, dollars left alone, everything else byte for byte")
    func testMath() {
        let source = "# M\n\nInline \\(x_i^2\\) and $y$, display:\n\n\\[\\frac{1}{\\sqrt{d_k}}\\]\n\n> quoted \\(a\\)\n\nCosts $5 and $10.\n"
        #expect(markdown(source) == "# M\n\nInline $x_i^2$ and $y$, display:\n\n$$\\frac{1}{\\sqrt{d_k}}$$\n\n> quoted $a$\n\nCosts $5 and $10.\n")
    }

    @Test("links between lessons keep pointing at the Markdown files")
    func testLinks() {
        #expect(markdown("See [attention](03-attention.md#scores).\n") == "See [attention](03-attention.md#scores).\n")
    }

    @Test("front matter is left out of the Markdown page, which GitHub would show as a table")
    func testFrontMatterOmitted() {
        #expect(markdown("---\ntitle: M\nsummary: \"a: b\"\n---\n\n# M\n\nText.\n") == "# M\n\nText.\n")
        #expect(markdown("---\r\ntitle: M\r\n---\r\n# M\r\n") == "# M\r\n")
    }

    @Test("an expression written over several lines is one code span in the results")
    func testMultiLineExpression() {
        let page = markdown("# M\n\n```swift-compute\nsum([1,\n     2])\n```\n")
        #expect(page.contains("> `sum([1, 2])` → `3.000`"))
    }
}
