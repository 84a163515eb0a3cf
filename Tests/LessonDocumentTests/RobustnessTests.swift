import Testing
@testable import LessonDocument

/// Arbitrary input never traps, and everything a lesson reports stays inside its source.
struct RobustnessTests {
    /// Pieces that make random documents likely to contain fences, containers and odd line endings.
    static let pieces = [
        "```", "````", "~~~", "swift-compute", " swift-compute", "\n", "\r\n", "\r", "\t", "> ", ">", "- ", "1. ", "  ",
        "   ", "//| ", "label: x", "precision: 99", "echo: no", "error: true", "# ", "|a|b|\n|-|-|\n", "<script>", "\0",
        "é", "≈", "\u{FEFF}", "let x = 1", "[", "]", "*", "`", "\\",
    ]

    @Test func emptyInput() {
        let lesson = Lesson(path: "", source: "")
        #expect(lesson.cells.isEmpty)
        #expect(lesson.diagnostics.isEmpty)
        #expect(lesson.html == "")
        #expect(lesson.title == "")
        #expect(lesson.summary == nil)
    }

    @Test func randomBytes() {
        var generator = SplitMix64(seed: 0x5EED)
        for length in [1, 2, 7, 64, 512, 4096] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                checkInvariants(of: Lesson(path: "garbage.md", source: String(decoding: bytes, as: UTF8.self)))
            }
        }
    }

    @Test func randomMarkdownishDocuments() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<400 {
            let count = Int.random(in: 1...80, using: &generator)
            let source = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            checkInvariants(of: Lesson(path: "random.md", source: source))
        }
    }

    @Test func nulBytesInsideACell() throws {
        let source = "> ```swift-compute\n> let \0x = 1\n> ```\n"
        let lesson = Lesson(path: "n.md", source: source)
        let cell = try #require(lesson.cells.first)
        #expect(cell.isClosed)
        checkInvariants(of: lesson)
    }

    @Test func deepNesting() {
        let source = String(repeating: "> ", count: 2000) + "```swift-compute\n" + String(repeating: "- ", count: 2000) + "x\n"
        checkInvariants(of: Lesson(path: "deep.md", source: source))
    }

    @Test func concurrentParsesAgreeWithASequentialOne() async {
        let source = "# T\n\n~~struck~~ www.example.com\n\n| a |\n|---|\n| 1 |\n\n- [x] task\n\n```swift-compute\nx\n```\n"
        let expected = Lesson(path: "c.md", source: source).html
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask { Lesson(path: "c.md", source: source).html }
            }
            var all: [String] = []
            for await html in group { all.append(html) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }

    /// Ranges and offsets inside the source, mapping total and monotone in columns, placeholders once each.
    private func checkInvariants(of lesson: Lesson) {
        let size = lesson.source.utf8.count
        for cell in lesson.cells {
            #expect(cell.blockRange.lowerBound >= 0 && cell.blockRange.upperBound <= size)
            #expect(cell.infoRange.lowerBound >= cell.blockRange.lowerBound && cell.infoRange.upperBound <= cell.blockRange.upperBound)
            #expect(lesson.html.components(separatedBy: Lesson.placeholder(for: cell.index)).count == 2)
            let lineCount = cell.code.split(separator: "\n", omittingEmptySubsequences: false).count
            for line in -1...(lineCount + 2) {
                var previous = Int.min
                for column in -1...12 {
                    let offset = cell.sourceOffset(line: line, column: column)
                    #expect(offset >= 0 && offset <= size)
                    #expect(offset >= previous)
                    previous = offset
                    let location = cell.location(line: line, column: column)
                    #expect(location.line >= 1 && location.column >= 1)
                }
                _ = cell.prefix(ofLine: line)
            }
        }
        for diagnostic in lesson.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            #expect(diagnostic.path == lesson.path)
        }
    }
}
