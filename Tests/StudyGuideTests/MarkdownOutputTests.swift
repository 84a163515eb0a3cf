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
}
