import Testing
@testable import LessonDocument

/// Fences that are never closed: where the diagnostic points, and what the cell covers.
struct UnclosedFenceTests {
    @Test func unclosedAtTheEndOfTheDocument() throws {
        let source = "# T\n\nSome prose.\n\n  ````swift-compute\nlet x = 1\n```\n"
        let lesson = Lesson(path: "lessons/03-open.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(!cell.isClosed)
        #expect(cell.code == "let x = 1\n```\n")
        #expect(cell.blockRange == 18..<source.utf8.count)
        #expect(cell.closingPrefix == "")
        #expect(lesson.diagnostics.count == 1)
        let diagnostic = try #require(lesson.diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.path == "lessons/03-open.md")
        #expect(diagnostic.location == SourceLocation(line: 5, column: 3))
        #expect(diagnostic.message == "unclosed code fence; add a closing ```` line")
    }

    @Test func tildeFenceNamesTildes() {
        let lesson = Lesson(path: "t.md", source: "~~~swift-compute\nx\n```\n")
        #expect(lesson.diagnostics.map(\.message) == ["unclosed code fence; add a closing ~~~ line"])
        #expect(lesson.cells.map(\.isClosed) == [false])
    }

    @Test func fenceAloneWithoutNewline() throws {
        let source = "```swift-compute"
        let lesson = Lesson(path: "a.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(cell.code == "")
        #expect(!cell.isClosed)
        #expect(cell.blockRange == 0..<source.utf8.count)
        #expect(cell.infoRange == 3..<16)
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 1, column: 1)])
    }

    @Test func quoteEndingBeforeTheFenceCloses() throws {
        let source = "> ```swift-compute\n> let x = 1\n```\nafter\n"
        let lesson = Lesson(path: "q.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(!cell.isClosed)
        #expect(source.utf8Text(cell.blockRange) == "> ```swift-compute\n> let x = 1\n")
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 1, column: 3)])
    }

    @Test func quoteEndingAtABlankLine() {
        let lesson = Lesson(path: "q.md", source: "> ```swift-compute\n> let x = 1\n\nafter\n")
        #expect(lesson.cells.map(\.isClosed) == [false])
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 1, column: 3)])
    }

    @Test func listItemInAQuoteNeedsItsIndentation() {
        let open = Lesson(path: "l.md", source: "> - ```swift-compute\n>   x\n> ```\n")
        #expect(open.cells.map(\.isClosed) == [false])
        #expect(open.diagnostics.map(\.location) == [SourceLocation(line: 1, column: 5)])
        let closed = Lesson(path: "l.md", source: "> - ```swift-compute\n>   x\n>   ```\n")
        #expect(closed.cells.map(\.isClosed) == [true])
        #expect(closed.cells.first?.closingPrefix == ">   ")
        #expect(closed.diagnostics.isEmpty)
    }

    @Test func closingFenceMayBeLongerAndTrailedBySpaces() {
        let lesson = Lesson(path: "c.md", source: "```swift-compute\nx\n   `````  \t\nafter\n")
        #expect(lesson.cells.map(\.isClosed) == [true])
        #expect(lesson.cells.first?.closingPrefix == "   ")
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func overIndentedFenceAtTheEndIsCode() {
        let lesson = Lesson(path: "c.md", source: "```swift-compute\nx\n    ```\n")
        #expect(lesson.cells.map(\.code) == ["x\n    ```\n"])
        #expect(lesson.cells.map(\.isClosed) == [false])
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 1, column: 1)])
    }

    @Test func laterCellsKeepTheirIndices() {
        let lesson = Lesson(path: "c.md", source: "> ```swift-compute\n> a\n\n```swift-compute\nb\n```\n")
        #expect(lesson.cells.map(\.code) == ["a\n", "b\n"])
        #expect(lesson.cells.map(\.isClosed) == [false, true])
        #expect(lesson.diagnostics.count == 1)
    }
}
