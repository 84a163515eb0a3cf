import Testing
@testable import LessonDocument

/// YAML front matter: its fields, what it overrides, and that it is never rendered and moves nothing.
struct FrontMatterTests {
    static let front = """
    ---
    title: Softmax and temperature
    summary: >
      How the temperature
      sharpens a distribution.
    precision: 4
    limits: { elements: 1_000_000, work: 2000000000 }
    ...

    """

    static let body = """

    # The heading title

    The first paragraph, with `{swift} x => 2`.

    ```swift-compute
    //| precision: nine
    let x = 2
    ```

    ---

    After a thematic break, $x^2$.

    """

    @Test func fieldsAreRead() {
        let lesson = Lesson(path: "f.md", source: Self.front + Self.body)
        #expect(lesson.frontMatter == FrontMatter(title: "Softmax and temperature", summary: "How the temperature sharpens a distribution.",
                                                  precision: 4, maxElements: 1_000_000, maxWork: 2_000_000_000))
        #expect(lesson.title == "Softmax and temperature")
        #expect(lesson.summary == "How the temperature sharpens a distribution.")
        #expect(lesson.diagnostics.map(\.message) == ["invalid precision 'nine'; expected an integer from 0 to 15"])
    }

    @Test func withoutFrontMatterTheHeadingAndParagraphAreUsed() {
        let lesson = Lesson(path: "f.md", source: Self.body)
        #expect(lesson.frontMatter == FrontMatter())
        #expect(lesson.title == "The heading title")
        #expect(lesson.summary == "The first paragraph, with 2.")
    }

    @Test func neverRenderedAndALaterBreakStaysABreak() {
        let lesson = Lesson(path: "f.md", source: Self.front + Self.body)
        #expect(lesson.html.hasPrefix("<h1 id=\"the-heading-title\">The heading title</h1>"))
        #expect(!lesson.html.contains("Softmax") && !lesson.html.contains("precision: 4") && !lesson.html.contains("limits"))
        #expect(lesson.html.contains("<hr />"))
        #expect(lesson.headings.map(\.text) == ["The heading title"])
    }

    @Test func everyPositionStaysWhereItIsInTheFile() throws {
        let source = Self.front + Self.body
        let lesson = Lesson(path: "f.md", source: source)
        let fenceLine = try #require(source.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("```swift") })
        let cell = try #require(lesson.cells.first)
        #expect(cell.openingFence == SourceLocation(line: fenceLine + 1, column: 1))
        #expect(cell.location(line: 2, column: 5) == SourceLocation(line: fenceLine + 3, column: 5))
        #expect(lesson.diagnostics.first?.location == SourceLocation(line: fenceLine + 2, column: 16))
        #expect(lesson.headings.first?.line == 10)
        #expect(lesson.inlineExpressions.first?.expressionLocation == SourceLocation(line: 12, column: 36))

        // The same lesson with the front matter as lines of spaces: every range and location is the same.
        let blank = String(source.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
            number < 8 ? String(repeating: " ", count: line.utf8.count) : String(line)
        }.joined(separator: "\n"))
        let plain = Lesson(path: "f.md", source: blank)
        #expect(plain.frontMatter == FrontMatter())
        #expect(plain.html == lesson.html)
        #expect(plain.cells.map(\.blockRange) == lesson.cells.map(\.blockRange))
        #expect(plain.inlineExpressions == lesson.inlineExpressions)
        #expect(plain.math == lesson.math)
        #expect(plain.diagnostics == lesson.diagnostics)
    }

    @Test func frontMatterOnlyOnTheFirstLine() {
        let later = Lesson(path: "f.md", source: "\n---\ntitle: x\n---\n")
        #expect(later.frontMatter == FrontMatter())
        #expect(later.html == "<hr />\n<h2 id=\"title-x\">title: x</h2>\n")
        let breakThenBlank = Lesson(path: "f.md", source: "---\n\ntitle: x\n\n---\n")
        #expect(breakThenBlank.frontMatter == FrontMatter())
        #expect(breakThenBlank.diagnostics.isEmpty)
        #expect(breakThenBlank.html == "<hr />\n<p>title: x</p>\n<hr />\n")
    }

    @Test func emptyAndCRLFFrontMatter() {
        let empty = Lesson(path: "f.md", source: "---\n---\n# T\n")
        #expect(empty.frontMatter == FrontMatter() && empty.diagnostics.isEmpty && empty.html == "<h1 id=\"t\">T</h1>\n")
        let crlf = Lesson(path: "f.md", source: "---\r\ntitle: \"Quoted: yes\"\r\nprecision: 0\r\n---\r\n\r\nBody `{swift} y`\r\n")
        #expect(crlf.frontMatter == FrontMatter(title: "Quoted: yes", precision: 0))
        #expect(crlf.inlineExpressions.first?.expressionLocation == SourceLocation(line: 6, column: 15))
    }

    @Test func anUnclosedFrontMatterIsDiagnosedAndRenderedAsMarkdown() {
        let lesson = Lesson(path: "u.md", source: "---\ntitle: x\n\nText.\n")
        #expect(lesson.frontMatter == FrontMatter())
        #expect(lesson.diagnostics.map(\.message) == ["unclosed front matter; add a closing --- line"])
        #expect(lesson.diagnostics.first?.location == SourceLocation(line: 1, column: 1))
        #expect(lesson.html.hasPrefix("<hr />"))
    }
}
