import Testing
@testable import LessonDocument

/// Math inside containers keeps its place, and math anywhere on the page leaves cmark-gfm's positions of everything else unchanged.
struct MathPositionTests {
    static let withMath = """
    # Attention $\\mathrm{softmax}(QK^T)$ \\(d_k\\)

    > A quote with $a*b$ and
    > lazy $c*d$, then display:
    > $$
    > \\frac{1}{\\sqrt{d_k}} \\\\ x_{i}
    > $$

    - item \\(x_1\\) and
      \\[
      y = \\hat{y}_i
      \\]
    - ```swift-compute
      //| precision: nine
      let q = 1
      ```

    | token | $w_{i}$ |
    |-------|--------:|
    | The   | \\(0.5\\) |

    Setext $e^{x}$
    ---

    > ```swift-compute
    > let z: Vector = [2, 1, 0]
    > ```

    """

    /// The same lesson with every span's bytes replaced by letters, except the line breaks and container prefixes.
    static var withoutMath: String {
        let lesson = Lesson(path: "p.md", source: withMath)
        var bytes = Array(withMath.utf8)
        for span in lesson.math {
            let text = InlineText(segments: [span.range], source: bytes)
            for piece in text.sourcePieces(0..<text.bytes.count) {
                for offset in piece { bytes[offset] = UInt8(ascii: "m") }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("spans in headings, quotes, list items and tables are found where they are") func testSpansInContainers() {
        let lesson = Lesson(path: "p.md", source: Self.withMath)
        #expect(lesson.math.map { Self.withMath.utf8Text($0.range) } == [
            "$\\mathrm{softmax}(QK^T)$", "\\(d_k\\)", "$a*b$", "$c*d$",
            "$$\n> \\frac{1}{\\sqrt{d_k}} \\\\ x_{i}\n> $$",
            "\\(x_1\\)", "\\[\n  y = \\hat{y}_i\n  \\]",
            "$w_{i}$", "\\(0.5\\)", "$e^{x}$",
        ])
        #expect(lesson.math[4].tex == "\n\\frac{1}{\\sqrt{d_k}} \\\\ x_{i}\n")
        #expect(lesson.math[6].tex == "\ny = \\hat{y}_i\n")
    }

    @Test("the HTML keeps the structure, with the math in place") func testHTMLStructure() {
        let html = Lesson(path: "p.md", source: Self.withMath).html
        #expect(html.contains("<h1 id=\"attention-mathrmsoftmaxqkt-d_k\">Attention <span class=\"math inline\">\\(\\mathrm{softmax}(QK^T)\\)</span>"))
        #expect(html.contains("<blockquote>\n<p>A quote with <span class=\"math inline\">\\(a*b\\)</span> and\nlazy "))
        #expect(html.contains("<span class=\"math display\">\\[\n\\frac{1}{\\sqrt{d_k}} \\\\ x_{i}\n\\]</span></p>\n</blockquote>"))
        #expect(html.contains("<li>item <span class=\"math inline\">\\(x_1\\)</span> and\n<span class=\"math display\">\\[\ny = \\hat{y}_i\n\\]</span></li>"))
        #expect(html.contains("<th align=\"right\"><span class=\"math inline\">\\(w_{i}\\)</span></th>"))
        #expect(html.contains("<td align=\"right\"><span class=\"math inline\">\\(0.5\\)</span></td>"))
        #expect(html.contains("<h2 id=\"setext-ex\">Setext <span class=\"math inline\">\\(e^{x}\\)</span></h2>"))
        #expect(!html.contains("<em>"))
    }

    @Test("cells keep their locations, offsets and ranges whatever math is on the page") func testCellPositionsUnchanged() throws {
        let with = Lesson(path: "p.md", source: Self.withMath)
        let without = Lesson(path: "p.md", source: Self.withoutMath)
        #expect(without.math.isEmpty)
        #expect(with.cells.count == 2 && without.cells.count == 2)
        for (a, b) in zip(with.cells, without.cells) {
            #expect(a.code == b.code)
            #expect(a.blockRange == b.blockRange)
            #expect(a.infoRange == b.infoRange)
            #expect(a.openingFence == b.openingFence)
            #expect(a.isClosed && b.isClosed)
            #expect(a.closingPrefix == b.closingPrefix)
            for line in 0...4 {
                for column in 0...30 {
                    #expect(a.location(line: line, column: column) == b.location(line: line, column: column))
                    #expect(a.sourceOffset(line: line, column: column) == b.sourceOffset(line: line, column: column))
                }
                #expect(a.prefix(ofLine: line) == b.prefix(ofLine: line))
            }
        }
        #expect(with.diagnostics == without.diagnostics)
        #expect(with.diagnostics.map(\.location) == [SourceLocation(line: 14, column: 18)])
        #expect(with.headings.map(\.line) == without.headings.map(\.line))
        let cell = try #require(with.cells.last)
        #expect(Self.withMath.utf8Text(from: cell.sourceOffset(line: 1, column: 5), count: 1) == "z")
    }

    @Test("a paragraph that a table interrupts keeps its math") func testParagraphBeforeTable() {
        let source = "> Scores $s_i$:\n> | a | $b$ |\n> |---|---|\n> | $c$ | d |\n"
        let lesson = Lesson(path: "p.md", source: source)
        #expect(lesson.math.map { source.utf8Text($0.range) } == ["$s_i$", "$b$", "$c$"])
        #expect(lesson.html.contains("<p>Scores <span class=\"math inline\">\\(s_i\\)</span>:</p>\n<table>"))
    }

    @Test("a fence after math closes where it did") func testFenceAfterMath() throws {
        let source = "$$\nx\n$$\n```swift-compute\nlet a = 1\n```\n"
        let lesson = Lesson(path: "p.md", source: source)
        #expect(lesson.math.count == 1)
        let cell = try #require(lesson.cells.first)
        #expect(cell.isClosed)
        #expect(source.utf8Text(cell.blockRange) == "```swift-compute\nlet a = 1\n```\n")
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test("CRLF line endings") func testCRLF() {
        let source = "> $$\r\n> a \\\\ b\r\n> $$\r\n\r\nand \\(c\\)\r\n"
        let lesson = Lesson(path: "p.md", source: source)
        #expect(lesson.math.map(\.tex) == ["\na \\\\ b\n", "c"])
        #expect(lesson.math.map { source.utf8Text($0.range) } == ["$$\r\n> a \\\\ b\r\n> $$", "\\(c\\)"])
    }
}
