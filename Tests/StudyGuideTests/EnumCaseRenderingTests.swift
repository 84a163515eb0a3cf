import LessonDocument
import StudyGuide
import Testing

@Suite("Enum cases in results")
struct EnumCaseRenderingTests {
    @Test("an enum case, alone or as a record's member, reads .layerNorm, not as a record of its case")
    func testEnumCase() throws {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-e.md", source: "# E\n\n```swift-compute\nModel.gpt2Small.norm\nModel.gpt2Small\n```\n"))
        let pages = GuideRenderer().render([lesson], complete: true).files
        let markdown = try #require(pages["01-e.md"])
        #expect(markdown.contains("> `Model.gpt2Small.norm` → `.layerNorm`"))
        #expect(markdown.contains("`.norm` → `.layerNorm`"))
        #expect(!markdown.contains("`.case`"))
        let html = try #require(pages["01-e.html"])
        #expect(html.contains("<div class=\"value scalar\">.layerNorm</div>"))
    }
}
