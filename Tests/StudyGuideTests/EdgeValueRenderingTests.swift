import LessonDocument
import StudyGuide
import Testing

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

@Suite("Infinities in pages")
struct InfinityRenderingTests {
    @Test("masked scores show −∞ in pages and Markdown, (result comments keep -inf, which reads back)")
    func testInfinity() throws {
        let source = "# I\n\n```swift-compute\nattention(q: identity(2), k: identity(2), v: identity(2), mask: .causal).maskedScores\n```\n"
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-i.md", source: source))
        let pages = GuideRenderer().render([lesson], complete: true).files
        #expect(try #require(pages["01-i.md"]).contains("| −∞ |"))
        #expect(try #require(pages["01-i.html"]).contains(">−∞<"))
    }
}
