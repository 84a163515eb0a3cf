import Testing
@testable import LessonDocument

/// Mapping positions in a cell's code back to the lesson file, in lines, columns and bytes.
struct SourceMappingTests {
    static let nested = """
    # Mapping — ünïcode

    > A quote with a list:
    >
    > - item
    >
    >   ```swift-compute
    >   let z: Vector = [2, 1, 0]
    >
    >   softmax(z, temperature: 0.5)
    >   ```

    """

    @Test func locationsInANestedCellAddThePrefix() throws {
        let cell = try #require(Lesson(path: "n.md", source: Self.nested).cells.first)
        #expect(cell.openingFence == SourceLocation(line: 7, column: 5))
        #expect(cell.location(line: 1, column: 1) == SourceLocation(line: 8, column: 5))
        #expect(cell.location(line: 1, column: 5) == SourceLocation(line: 8, column: 9))
        #expect(cell.location(line: 3, column: 9) == SourceLocation(line: 10, column: 13))
        #expect(cell.prefix(ofLine: 1) == ">   ")
        #expect(cell.prefix(ofLine: 2) == ">")
        #expect(cell.prefix(ofLine: 3) == ">   ")
        #expect(cell.closingPrefix == ">   ")
    }

    @Test func sourceOffsetsPointAtTheCodeBytes() throws {
        let source = Self.nested
        let cell = try #require(Lesson(path: "n.md", source: source).cells.first)
        let offset = cell.sourceOffset(line: 3, column: 1)
        #expect(source.utf8Text(from: offset, count: 7) == "softmax")
        #expect(source.utf8Text(from: cell.sourceOffset(line: 1, column: 5), count: 1) == "z")
        let lineEnd = cell.sourceOffset(line: 1, column: 26)
        #expect(source.utf8Text(from: lineEnd, count: 1) == "\n")
        #expect(source.utf8Text(from: lineEnd - 1, count: 1) == "]")
        #expect(source.utf8Text(from: cell.sourceOffset(line: 2, column: 1) - 1, count: 2) == ">\n")
    }

    @Test func linesPastTheCodeMapToTheClosingFence() throws {
        let source = "```swift-compute\nlet x = 1\n```\n"
        let cell = try #require(Lesson(path: "e.md", source: source).cells.first)
        #expect(cell.sourceOffset(line: 2, column: 1) == source.utf8.count - 4)
        #expect(cell.location(line: 2, column: 1) == SourceLocation(line: 3, column: 1))
        #expect(cell.sourceOffset(line: 0, column: 0) == 17)
    }

    @Test func crlfSourceKeepsByteOffsets() throws {
        let source = "# CRLF\r\n\r\n- item\r\n\r\n  ```swift-compute\r\n  //| precision: x\r\n  let a = 1\r\n  ```\r\nafter\r\n"
        let lesson = Lesson(path: "c.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(cell.code == "//| precision: x\nlet a = 1\n")
        #expect(cell.isClosed)
        #expect(cell.openingFence == SourceLocation(line: 5, column: 3))
        #expect(source.utf8Text(from: cell.sourceOffset(line: 2, column: 5), count: 1) == "a")
        #expect(source.utf8Text(from: cell.sourceOffset(line: 2, column: 10), count: 2) == "\r\n")
        #expect(source.utf8Text(cell.blockRange) == "  ```swift-compute\r\n  //| precision: x\r\n  let a = 1\r\n  ```\r\n")
        #expect(lesson.diagnostics.map(\.location) == [SourceLocation(line: 6, column: 18)])
        #expect(cell.prefix(ofLine: 1) == "  ")
        #expect(cell.closingPrefix == "  ")
    }

    @Test func loneCarriageReturnsAreLineEndings() throws {
        let source = "```swift-compute\rlet a = 1\r```\r"
        let cell = try #require(Lesson(path: "r.md", source: source).cells.first)
        #expect(cell.isClosed)
        #expect(source.utf8Text(from: cell.sourceOffset(line: 1, column: 5), count: 1) == "a")
        #expect(cell.location(line: 1, column: 5) == SourceLocation(line: 2, column: 5))
    }

    @Test func tabIndentedListItem() throws {
        let source = "-\t```swift-compute\n\t  let t = 1\n\t```\n"
        let lesson = Lesson(path: "t.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(cell.isClosed)
        #expect(lesson.diagnostics.isEmpty)
        let offset = cell.sourceOffset(line: 1, column: 1 + cell.code.utf8.prefix(while: { $0 == 32 }).count)
        #expect(source.utf8Text(from: offset, count: 5) == "let t")
        #expect(cell.closingPrefix == "\t")
    }

    @Test func multiByteCharactersCountInBytes() throws {
        let source = "> ```swift-compute\n> let é = \"ü\" // ≈\n> ```\n"
        let cell = try #require(Lesson(path: "u.md", source: source).cells.first)
        // "let é = " is 9 bytes, so the string literal starts at code column 10.
        #expect(source.utf8Text(from: cell.sourceOffset(line: 1, column: 10), count: 4) == "\"ü\"")
        #expect(cell.location(line: 1, column: 10) == SourceLocation(line: 2, column: 12))
    }
}
