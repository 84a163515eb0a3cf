import LessonDocument
import StudyGuide
import Testing

@Suite("Untrusted HTML")
struct UntrustedHTMLTests {
    private func page(_ source: String) -> String {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-x.md", source: source))
        return GuideRenderer().render([lesson], complete: true).files["01-x.html"] ?? ""
    }

    @Test("a <script> written in a lesson never reaches the page as live HTML")
    func testScript() {
        let html = page("# T\n\n<script>alert(1)</script>\n\ninline <script>alert(2)</script> too\n")
        #expect(!html.contains("<script"))
    }

    @Test("an onclick attribute written in a lesson never reaches the page as live HTML")
    func testOnclick() {
        let html = page("# T\n\n<div onclick=\"alert(1)\">x</div>\n\nand <b onclick=\"alert(2)\">y</b>\n")
        #expect(!html.contains("onclick"))
    }

    @Test("markup inside code, strings and diagnostics is escaped")
    func testEscapedCode() {
        let html = page("# T\n\n```swift-compute\nlet s = \"<script>alert(1)</script>\"\ns\nnope<img onerror=1>\n```\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
