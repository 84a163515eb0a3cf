import Testing
@testable import LessonDocument

/// Which code blocks become cells, and in what order.
struct CellDiscoveryTests {
    static let source = """
    # Cells

    ```swift-compute
    let a = 1
    ```

    - a list item

      ```swift-compute label
      let b = 2
      ```

    > a quote
    >
    > ```swift-compute
    > let c = 3
    > ```

    ```swift
    let notACell = 4
    ```

        // indented code, swift-compute by text only
        let d = 5

    ~~~~ swift-compute
    let e = 6
    ~~~~

    ```swift-computer
    let f = 7
    ```

    """

    @Test func findsTopLevelNestedAndQuotedCellsInOrder() {
        let lesson = Lesson(path: "lessons/01-cells.md", source: Self.source)
        #expect(lesson.cells.map(\.code) == ["let a = 1\n", "let b = 2\n", "let c = 3\n", "let e = 6\n"])
        #expect(lesson.cells.map(\.index) == [0, 1, 2, 3])
        #expect(lesson.cells.map(\.isClosed) == [true, true, true, true])
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func reportsOpeningFencesAndInfoWords() {
        let lesson = Lesson(path: "x.md", source: Self.source)
        #expect(lesson.cells.map(\.openingFence) == [
            SourceLocation(line: 3, column: 1),
            SourceLocation(line: 9, column: 3),
            SourceLocation(line: 15, column: 3),
            SourceLocation(line: 26, column: 1),
        ])
        for cell in lesson.cells {
            #expect(Self.source.utf8Text(cell.infoRange) == "swift-compute")
        }
    }

    @Test func blockRangesCoverFenceToFenceWithLineEnding() {
        let lesson = Lesson(path: "x.md", source: Self.source)
        #expect(Self.source.utf8Text(lesson.cells[0].blockRange) == "```swift-compute\nlet a = 1\n```\n")
        #expect(Self.source.utf8Text(lesson.cells[1].blockRange) == "  ```swift-compute label\n  let b = 2\n  ```\n")
        #expect(Self.source.utf8Text(lesson.cells[2].blockRange) == "> ```swift-compute\n> let c = 3\n> ```\n")
        #expect(Self.source.utf8Text(lesson.cells[3].blockRange) == "~~~~ swift-compute\nlet e = 6\n~~~~\n")
    }

    @Test func closingPrefixesKeepTheContainer() {
        let lesson = Lesson(path: "x.md", source: Self.source)
        #expect(lesson.cells.map(\.closingPrefix) == ["", "  ", "> ", ""])
    }

    @Test func aLessonWithoutCellsHasNone() {
        let lesson = Lesson(path: "x.md", source: "# Only prose\n\n```swift\nlet x = 1\n```\n")
        #expect(lesson.cells.isEmpty)
        #expect(lesson.diagnostics.isEmpty)
    }

    @Test func emptyCellHasEmptyCode() {
        let lesson = Lesson(path: "x.md", source: "```swift-compute\n```\n")
        #expect(lesson.cells.count == 1)
        #expect(lesson.cells.first?.code == "")
        #expect(lesson.cells.first?.isClosed == true)
        #expect(lesson.cells.first?.sourceOffset(line: 1, column: 1) == 17)
    }
}
