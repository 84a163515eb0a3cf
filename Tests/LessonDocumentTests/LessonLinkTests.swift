import Testing
@testable import LessonDocument

/// Links to other lessons' Markdown files point to their HTML pages; every other link stays as written.
struct LessonLinkTests {
    @Test("destinations of lesson files become pages") func testLessonDestinations() {
        #expect(LessonLink.htmlDestination(for: "03-attention.md") == "03-attention.html")
        #expect(LessonLink.htmlDestination(for: "03-attention.md#scores") == "03-attention.html#scores")
        #expect(LessonLink.htmlDestination(for: "./03-attention.md#scores") == "./03-attention.html#scores")
        #expect(LessonLink.htmlDestination(for: "03-attention.md?plain=1#L3") == "03-attention.html?plain=1#L3")
        #expect(LessonLink.htmlDestination(for: "multi%20head.md") == "multi%20head.html")
    }

    @Test("other destinations stay as they are") func testOtherDestinations() {
        for destination in [
            "https://example.com/03-attention.md", "http://x.md", "mailto:a@b.md", "#scores", "", "notes.txt", "figure.svg",
            "../README.md", "sub/03-attention.md", "/abs/03-attention.md", "//host/x.md", ".md", "./.md", ".hidden.md",
            "03-attention.markdown", "03-attention.MD", "03-attention.md.bak", "a\\b.md",
        ] {
            #expect(LessonLink.htmlDestination(for: destination) == nil, "\(destination)")
        }
    }

    @Test("links in the HTML are rewritten, images and other links are not") func testLinksInHTML() {
        let source = """
        See [attention](03-attention.md), [its scores](./03-attention.md#scores) and [the same][ref].
        Also [the web](https://example.com/x.md), [here](#top), [data](table.csv), ![plot](plot.md) and <https://x.org/a.md>.

        [ref]: 03-attention.md#scores "Scores"

        """
        let lesson = Lesson(path: "l.md", source: source)
        let html = lesson.html
        #expect(html.contains("<a href=\"03-attention.html\">attention</a>"))
        #expect(html.contains("<a href=\"./03-attention.html#scores\">its scores</a>"))
        #expect(html.contains("<a href=\"03-attention.html#scores\" title=\"Scores\">the same</a>"))
        #expect(html.contains("<a href=\"https://example.com/x.md\">the web</a>"))
        #expect(html.contains("<a href=\"#top\">here</a>"))
        #expect(html.contains("<a href=\"table.csv\">data</a>"))
        #expect(html.contains("<img src=\"plot.md\" alt=\"plot\" />"))
        #expect(html.contains("<a href=\"https://x.org/a.md\">https://x.org/a.md</a>"))
        #expect(lesson.source == source)
    }

    @Test("a link around math keeps both") func testLinkAroundMath() {
        let html = Lesson(path: "l.md", source: "[the $QK^T$ scores](02-scores.md#qkt)\n").html
        #expect(html == "<p><a href=\"02-scores.html#qkt\">the <span class=\"math inline\">\\(QK^T\\)</span> scores</a></p>\n")
    }
}
