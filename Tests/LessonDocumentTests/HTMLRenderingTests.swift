import Testing
@testable import LessonDocument

/// The lesson's HTML: GFM extensions on, the author's raw HTML never live, one placeholder per cell.
struct HTMLRenderingTests {
    static let source = """
    # Title

    | token | weight |
    |-------|-------:|
    | The   | 0.25   |

    ~~old~~ and www.example.com

    - [x] done
    - [ ] open

    <script>alert(1)</script>

    <div onclick="alert(2)">click</div>

    Inline <img src=x onerror="alert(3)"> and <script>alert(4)</script> and [link](javascript:alert(5)).

    ```swift-compute
    let a = 1
    ```

    - item

      ```swift-compute
      let b = 2
      ```

    > ```swift-compute
    > let c = 3
    > ```

    Forged: <!--study-cell:0--> and `<!--study-cell:1-->`.

    <!--study-cell:2-->

    """

    @Test func gfmExtensionsAreAttached() {
        let html = Lesson(path: "h.md", source: Self.source).html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">0.25</td>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<a href=\"http://www.example.com\">www.example.com</a>"))
        #expect(html.contains("type=\"checkbox\""))
        #expect(html.contains("<h1 id=\"title\">Title</h1>"))
    }

    @Test func authorHTMLIsNeverLive() {
        let html = Lesson(path: "h.md", source: Self.source).html
        #expect(!html.contains("<script"))
        for hidden in ["alert(1)", "alert(2)", "alert(3)", "alert(5)"] {
            #expect(!html.contains(hidden))
        }
        // Inline tags are omitted one by one; the text between them stays as inert text.
        #expect(html.contains("<!-- raw HTML omitted -->alert(4)<!-- raw HTML omitted -->"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("<div"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func placeholdersAppearOnceEachInOrderOnTheirOwnLines() throws {
        let lesson = Lesson(path: "h.md", source: Self.source)
        #expect(lesson.cells.count == 3)
        let lines = lesson.html.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var previous = -1
        for cell in lesson.cells {
            let placeholder = Lesson.placeholder(for: cell.index)
            #expect(lesson.html.components(separatedBy: placeholder).count == 2, "\(placeholder) appears once")
            let line = try #require(lines.firstIndex(of: placeholder), "\(placeholder) on a line of its own")
            #expect(line > previous)
            previous = line
        }
        #expect(!lesson.html.contains("let a = 1"))
        #expect(!lesson.html.contains("swift-compute"))
        #expect(lesson.html.contains("<code>&lt;!--study-cell:1--&gt;</code>"))
    }

    @Test func placeholderFormat() {
        #expect(Lesson.placeholder(for: 3) == "<!--study-cell:3-->")
    }

    @Test func ordinarySwiftBlocksStayCode() {
        let html = Lesson(path: "s.md", source: "```swift\nlet x = 1 < 2\n```\n").html
        #expect(html.contains("<pre><code class=\"language-swift\">let x = 1 &lt; 2\n</code></pre>"))
    }
}
