import LessonDocument
import StudyGuide
import Testing

@Suite("Untrusted HTML")
struct UntrustedHTMLTests {
    /// The page's `<main>` element: everything the lesson's author controls (the head is the layout's own).
    private func page(_ source: String) -> String {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-x.md", source: source))
        let html = GuideRenderer().render([lesson], complete: true).files["01-x.html"] ?? ""
        let body = html.components(separatedBy: "<main>").dropFirst().joined()
        #expect(!body.isEmpty)
        #expect(html.components(separatedBy: "<script").count == Self.layoutScripts + 1, "only the layout's own scripts")
        return body
    }

    /// How many `<script` tags the layout itself has (KaTeX), counted on a lesson with no HTML.
    private static let layoutScripts: Int = {
        let lesson = LessonEvaluator.evaluate(Lesson(path: "lessons/01-x.md", source: "# T\n"))
        return (GuideRenderer().render([lesson], complete: true).files["01-x.html"] ?? "").components(separatedBy: "<script").count - 1
    }()

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

    @Test("swift blocks in prose are highlighted, and their markup stays escaped")
    func testSwiftBlocksHighlighted() {
        let html = page("# T\n\n```swift\nlet x = \"<b>\" // <i>\n```\n")
        #expect(html.contains("<pre><code class=\"language-swift\"><span class=\"hl-keyword\">let</span> x = <span class=\"hl-string\">&quot;&lt;b&gt;&quot;</span> <span class=\"hl-comment\">// &lt;i&gt;</span>"))
    }

    @Test("markup inside code, strings and diagnostics is escaped")
    func testEscapedCode() {
        let html = page("# T\n\n```swift-compute\nlet s = \"<script>alert(1)</script>\"\ns\nnope<img onerror=1>\n```\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;"))
    }
}

@Suite("Index page")
struct IndexPageTests {
    @Test("the index counts the checks and links each failure to its cell in place")
    func testFailureLinks() {
        let right = LessonEvaluator.evaluate(Lesson(path: "lessons/01-a.md", source: "# A\n\nFirst.\n\n```swift-compute\n1 + 1  // => 2\n```\n"))
        let wrong = LessonEvaluator.evaluate(Lesson(path: "lessons/02-b.md", source: "# B\n\n```swift-compute\n//| label: sums\n2 + 2  // => 5\n```\n"))
        let index = GuideRenderer().render([right, wrong], complete: true).files["index.html"] ?? ""
        #expect(index.contains("2 numbers and expectations checked in 2 lessons; 1 failed."))
        #expect(index.contains("<a href=\"02-b.html#sums\"><code>lessons/02-b.md:5:14</code></a>"))
        #expect(index.contains("<p>First.</p>"))
    }
}
