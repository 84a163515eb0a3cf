import LessonDocument
import StudyGuide
import Testing

@Suite("Lesson numbers and shapes in pages")
struct LessonNumberingTests {
    private func files(_ lessons: [(String, String)]) -> [String: String] {
        let evaluated = lessons.map { LessonEvaluator.evaluate(Lesson(path: "lessons/\($0.0).md", source: $0.1)) }
        return GuideRenderer().render(evaluated, complete: true).files
    }

    @Test("the sidebar and the index number lessons by their file names, not their positions")
    func testNumbersFromFileNames() throws {
        let pages = files([("00-intro", "# Intro\n"), ("03-attention", "# Attention\n"), ("notes", "# Notes\n")])
        let index = try #require(pages["index.html"])
        #expect(index.contains("<li value=\"0\"><a href=\"00-intro.html\">"))
        #expect(index.contains("<li value=\"3\"><a href=\"03-attention.html\">"))
        #expect(index.contains("<li><a href=\"notes.html\">"))
        let page = try #require(pages["03-attention.html"])
        #expect(page.contains("<li value=\"3\"><a href=\"03-attention.html\" class=\"current\""))
    }

    @Test("a shape result reads 4×4 in the page and in the Markdown, not as a record")
    func testShapeResult() throws {
        let pages = files([("01-s", "# S\n\n```swift-compute\nidentity(4).shape\n```\n")])
        let html = try #require(pages["01-s.html"])
        #expect(html.contains("<div class=\"value scalar\">4×4</div>"))
        #expect(!html.contains("class=\"record\""))
        let markdown = try #require(pages["01-s.md"])
        #expect(markdown.contains("`identity(4).shape` → `4×4`"))
    }
}
