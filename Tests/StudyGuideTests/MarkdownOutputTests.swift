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

@Suite("Markdown output: front matter and long expressions")
struct MarkdownOutputShapeTests {
    private func markdown(_ source: String) -> String {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-m.md", source: source))
        return GuideRenderer().render([lesson], complete: true).files["01-m.md"] ?? ""
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

@Suite("Values that need care: empty lists and huge numbers")
struct EdgeValueRenderingTests {
    private func files(_ source: String) -> [String: String] {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-m.md", source: source))
        return GuideRenderer().render([lesson], complete: true).files
    }

    @Test("an empty list of strings reads [] in both outputs, not an empty table")
    func testEmptyList() throws {
        let pages = files("# M\n\n```swift-compute\nModel.gpt2Small.findings\n```\n")
        #expect(try #require(pages["01-m.md"]).contains("> `Model.gpt2Small.findings` → `[]`"))
        #expect(try #require(pages["01-m.html"]).contains("<div class=\"value scalar\">[]</div>"))
    }

    @Test("reals past 10¹⁵ are shown in scientific notation, not with digits a Double does not have")
    func testHugeReals() throws {
        let page = try #require(files("# M\n\n```swift-compute\n1e30 / 3\n-2.5e15\n999_999.5\n```\n")["01-m.md"])
        #expect(page.contains("`1e30 / 3` → `3.333e29`"))
        #expect(page.contains("`-2.5e15` → `-2.500e15`"))
        #expect(page.contains("`999_999.5` → `999999.500`"))
    }
}
