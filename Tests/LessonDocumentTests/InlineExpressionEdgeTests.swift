import Testing
@testable import LessonDocument

/// Code spans that are not inline expressions, malformed ones, and spans in odd places.
struct InlineExpressionEdgeTests {
    @Test func spansThatAreNotInlineExpressions() {
        let source = """
        A `{swiftx} a` and `{Swift} b` and `` `{swift}` `` and ` {swift} c` and `x {swift} d`.

        ```
        `{swift} e`
        ```

            `{swift} f`

        <div>
        `{swift} g`
        </div>

        Inline <span title="`{swift} h`">html</span>.

        """
        let lesson = Lesson(path: "n.md", source: source)
        #expect(lesson.inlineExpressions.isEmpty)
        #expect(lesson.diagnostics.isEmpty)
        #expect(lesson.html.contains("<code>{swiftx} a</code>"))
        #expect(lesson.html.contains("<code>`{swift}`</code>"))
        #expect(lesson.html.contains("`{swift} e`"))
    }

    @Test func oneSpaceIsStrippedFromBothEnds() throws {
        let source = "` {swift} x `\n"
        let inline = try #require(Lesson(path: "s.md", source: source).inlineExpressions.first)
        #expect(inline.expression == "x")
        #expect(inline.spanRange == 0..<13)
        #expect(inline.expressionRange == 10..<11)
    }

    @Test func malformedSpansAreDiagnosedAndStayCode() {
        let source = "Empty `{swift}` and `{swift}  => 5` and `{swift} x =>` here.\n"
        let lesson = Lesson(path: "bad.md", source: source)
        #expect(lesson.inlineExpressions.isEmpty)
        #expect(lesson.diagnostics.map(\.message) == [
            "expected an expression after '{swift}'", "expected an expression after '{swift}'", "expected a number after '=>'",
        ])
        #expect(lesson.diagnostics.map(\.location) == [
            SourceLocation(line: 1, column: 15), SourceLocation(line: 1, column: 29), SourceLocation(line: 1, column: 54),
        ])
        #expect(lesson.html.contains("<code>{swift}</code>") && lesson.html.contains("<code>{swift} x =&gt;</code>"))
    }

    @Test func theFirstArrowSeparatesTheClaim() throws {
        let lesson = Lesson(path: "a.md", source: "`{swift} a=>b => 3`\n")
        #expect(lesson.inlineExpressions.isEmpty)
        #expect(lesson.diagnostics.map { "\($0.location) \($0.message)" } == [
            "1:15 '=> 3' is not a unit: a unit starts with a letter or a symbol such as '°' or '$'",
        ])
        let inline = try #require(Lesson(path: "a.md", source: "`{swift} a=>b`\n").inlineExpressions.first)
        #expect(inline.expression == "a")
        #expect(inline.written == "b")
    }

    @Test func aSpanOverALineBreak() throws {
        let source = "> A `{swift} a +\n> b => 3` z\n"
        let inline = try #require(Lesson(path: "b.md", source: source).inlineExpressions.first)
        #expect(inline.expression == "a + b")
        #expect(source.utf8Text(inline.expressionRange) == "a +\n> b")
        #expect(inline.written == "3")
        #expect(inline.writtenLocation == SourceLocation(line: 2, column: 8))
    }

    @Test func crlfLines() throws {
        let source = "x `{swift} a => 1`\r\ny `{swift} b`\r\n"
        let lesson = Lesson(path: "c.md", source: source)
        #expect(lesson.inlineExpressions.map(\.expressionLocation) == [SourceLocation(line: 1, column: 12), SourceLocation(line: 2, column: 12)])
        #expect(lesson.inlineExpressions.map { source.utf8Text($0.spanRange) } == ["`{swift} a => 1`", "`{swift} b`"])
    }

    @Test func insideLinksEmphasisAndStrikethrough() {
        let source = "[`{swift} a`](other.md) *`{swift} b`* ~~`{swift} c`~~\n\n| x |\n|---|\n| *`{swift} d`* ~~`{swift} e`~~ |\n"
        let lesson = Lesson(path: "l.md", source: source)
        #expect(lesson.inlineExpressions.map(\.expression) == ["a", "b", "c", "d", "e"])
        #expect(lesson.html.contains("<a href=\"other.html\"><!--study-inline:0--></a> <em><!--study-inline:1--></em> <del><!--study-inline:2--></del>"))
        #expect(lesson.html.contains("<td><em><!--study-inline:3--></em> <del><!--study-inline:4--></del></td>"))
    }

    @Test func inAnImageDescriptionItIsDiagnosed() {
        let lesson = Lesson(path: "i.md", source: "![a `{swift} x` plot](p.svg)\n")
        #expect(lesson.inlineExpressions.isEmpty)
        #expect(lesson.diagnostics.map(\.message) == ["inline expressions are not evaluated in image descriptions"])
        #expect(lesson.diagnostics.first?.location == SourceLocation(line: 1, column: 5))
    }

    @Test func titleSummaryAndSlugShowTheClaimedNumber() {
        let lesson = Lesson(path: "t.md", source: "# Entropy is `{swift} entropy(p) => 0.802` bits\n\nSee `{swift} p`.\n")
        #expect(lesson.title == "Entropy is 0.802 bits")
        #expect(lesson.headings.first?.id == "entropy-is-0802-bits")
        #expect(lesson.summary == "See p.")
    }

    @Test func aBareURLTakesTheBackticksAsCmarkGFMDoes() {
        let source = "See https://x.org/`{swift} a` here.\n\n[www.x.org/`{swift} b`](u)\n\nAnd http://`{swift} c`.\n"
        let lesson = Lesson(path: "u.md", source: source)
        #expect(lesson.inlineExpressions.map(\.expression) == ["b", "c"])
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func inAnExtraTableCellItIsReportedNotSkipped() {
        let lesson = Lesson(path: "x.md", source: "| a |\n|---|\n| 1 | `{swift} x` |\n")
        #expect(lesson.inlineExpressions.isEmpty)
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 3, column: 7)])
    }

    @Test func cmarkGFMsBacktickShortcutIsFollowed() {
        // After an unclosed ``` cmark-gfm remembers only the last single backtick it passed, so the second span is text.
        let lesson = Lesson(path: "k.md", source: "a```\n`{swift} x`~~``www.x.`{swift} y`\n")
        #expect(lesson.inlineExpressions.map(\.expression) == ["x"])
        #expect(lesson.diagnostics.isEmpty)
    }
}
