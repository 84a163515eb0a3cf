import Testing
@testable import LessonDocument

/// Inline `{swift}` expressions and claims: where they are found, their exact byte ranges, and their placeholders.
struct InlineExpressionTests {
    static let source = """
    # Softmax at `{swift} t => 0.5`

    The first weight is `{swift} p[0] => 33.098%` and the sum `{swift} sum(p)`, both from `softmax`.

    - GPT-3 has `{swift} Model.gpt3.parameters => 175B` parameters, with `{swift} n => 1,234` layers
    - a learning rate of `{swift} lr => 6.0e-4`

    > Quoted: `{swift} q` next to $x^2$, \\(y\\) and `plain code`.

    | token | weight |
    |-------|-------:|
    | The   | `{swift} w[0] \\| 1 => 0.25` |
    | é≈    | `{swift} a\\|b` |

    """

    /// The expressions, written numbers and places the source above must give, in document order.
    static let expected: [(expression: String, sourceText: String, written: String?, line: Int, inTable: Bool)] = [
        ("t", "t", "0.5", 1, false),
        ("p[0]", "p[0]", "33.098%", 3, false),
        ("sum(p)", "sum(p)", nil, 3, false),
        ("Model.gpt3.parameters", "Model.gpt3.parameters", "175B", 5, false),
        ("n", "n", "1,234", 5, false),
        ("lr", "lr", "6.0e-4", 6, false),
        ("q", "q", nil, 8, false),
        ("w[0] | 1", "w[0] \\| 1", "0.25", 12, true),
        ("a|b", "a\\|b", nil, 13, true),
    ]

    @Test func foundInHeadingsParagraphsListsQuotesAndTables() {
        let lesson = Lesson(path: "l.md", source: Self.source)
        #expect(lesson.diagnostics.isEmpty)
        #expect(lesson.inlineExpressions.map(\.index) == Array(0..<Self.expected.count))
        #expect(lesson.inlineExpressions.map(\.expression) == Self.expected.map(\.expression))
        #expect(lesson.inlineExpressions.map(\.written) == Self.expected.map(\.written))
        #expect(lesson.inlineExpressions.map(\.expressionLocation.line) == Self.expected.map(\.line))
        #expect(lesson.inlineExpressions.map(\.isInTableCell) == Self.expected.map(\.inTable))
    }

    @Test func rangesSliceTheSourceExactly() {
        let source = Self.source
        let lesson = Lesson(path: "l.md", source: source)
        for (inline, expected) in zip(lesson.inlineExpressions, Self.expected) {
            #expect(source.utf8Text(inline.expressionRange) == expected.sourceText)
            #expect(inline.writtenRange.map(source.utf8Text) == expected.written)
            let span = source.utf8Text(inline.spanRange)
            #expect(span.hasPrefix("`{swift} ") && span.hasSuffix("`") && !span.dropFirst().dropLast().contains("`"))
            #expect(location(of: inline.expressionRange.lowerBound, in: source) == inline.expressionLocation)
            #expect(inline.writtenRange.map { location(of: $0.lowerBound, in: source) } == inline.writtenLocation)
        }
    }

    @Test func columnsCountUTF8Bytes() throws {
        let source = "é ≈ `{swift} x => 33.098%`\n"
        let inline = try #require(Lesson(path: "c.md", source: source).inlineExpressions.first)
        #expect(inline.spanRange == 7..<29)
        #expect(inline.expressionRange == 16..<17)
        #expect(inline.expressionLocation == SourceLocation(line: 1, column: 17))
        #expect(inline.writtenRange == 21..<28)
        #expect(inline.writtenLocation == SourceLocation(line: 1, column: 22))
        let table = try #require(Lesson(path: "t.md", source: Self.source).inlineExpressions.last)
        #expect(table.expressionLocation == SourceLocation(line: 13, column: 23))
    }

    @Test func severalOnOneLineNextToMathAndCode() {
        let source = "$a$`{swift} x`$b$ `code` `{swift} y => 1` `{swift} z`\n"
        let lesson = Lesson(path: "m.md", source: source)
        #expect(lesson.inlineExpressions.map(\.expression) == ["x", "y", "z"])
        #expect(lesson.math.map(\.tex) == ["a", "b"])
        #expect(lesson.html == "<p><span class=\"math inline\">\\(a\\)</span><!--study-inline:0--><span class=\"math inline\">\\(b\\)</span> "
            + "<code>code</code> <!--study-inline:1--> <!--study-inline:2--></p>\n")
    }

    @Test func placeholdersOnceEachInOrderAndNoMarkerLeft() {
        let lesson = Lesson(path: "l.md", source: Self.source)
        let positions = lesson.inlineExpressions.indices.map { index in
            let pieces = lesson.html.components(separatedBy: Lesson.inlinePlaceholder(for: index))
            #expect(pieces.count == 2)
            return pieces.first?.utf8.count ?? -1
        }
        #expect(positions == positions.sorted() && Set(positions).count == positions.count)
        #expect(!lesson.html.contains("{swift}"))
        #expect(!lesson.html.contains("<em><!--study-inline"))
        #expect(lesson.html.contains("<td align=\"right\"><!--study-inline:7--></td>"))
        #expect(lesson.html.contains("<h1 id=\"softmax-at-05\">Softmax at <!--study-inline:0--></h1>"))
        #expect(lesson.html.contains("<code>softmax</code>") && lesson.html.contains("<code>plain code</code>"))
    }

    @Test func placeholderFormat() {
        #expect(Lesson.inlinePlaceholder(for: 0) == "<!--study-inline:0-->")
        #expect(Lesson.inlinePlaceholder(for: 12) == "<!--study-inline:12-->")
    }

    @Test func inlineAndCellsInterleaveBySourceOffset() throws {
        let source = "`{swift} a`\n\n```swift-compute\nlet x = 1\n```\n\nThen `{swift} x => 1`.\n"
        let lesson = Lesson(path: "o.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(lesson.inlineExpressions.count == 2)
        #expect(lesson.inlineExpressions.first.map { $0.spanRange.upperBound <= cell.blockRange.lowerBound } == true)
        #expect(lesson.inlineExpressions.last.map { $0.spanRange.lowerBound >= cell.blockRange.upperBound } == true)
    }

    /// The 1-based line and byte column of a UTF-8 offset of `source` (lines end at `\n`).
    private func location(of offset: Int, in source: String) -> LessonDocument.SourceLocation {
        let before = Array(source.utf8)[..<offset]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return LessonDocument.SourceLocation(line: before.filter { $0 == UInt8(ascii: "\n") }.count + 1, column: offset - lineStart + 1)
    }
}
