import Testing
import TransformerCore
@testable import LessonDocument

/// Arbitrary input never traps, and everything a lesson reports stays inside its source.
struct RobustnessTests {
    /// Pieces that make random documents likely to contain fences, containers and odd line endings.
    static let pieces = [
        "```", "````", "~~~", "swift-compute", " swift-compute", "\n", "\r\n", "\r", "\t", "> ", ">", "- ", "1. ", "  ",
        "   ", "//| ", "label: x", "precision: 99", "echo: no", "error: true", "# ", "|a|b|\n|-|-|\n", "<script>", "\0",
        "é", "≈", "\u{FEFF}", "let x = 1", "[", "]", "*", "`", "\\",
    ]

    /// Pieces that make random documents likely to contain math, headings, tables and links.
    static let mathPieces = [
        "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\$", "{", "}", "%", "|", "\\|", "x", "5", " ", "\n", "\n\n", "> ", "- ",
        "# ", "=", "\n---\n", "\n===\n", "`", "<b title=\"$\">", "](u.md \"$x$\")", "[", "![", "www.x.", "\u{1}", "\u{3}", "😄",
        "\\\\", "_", "*", "|-|\n", "```swift-compute\n", "```\n", "\r\n",
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

    @Test func randomMathDocuments() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<600 {
            let count = Int.random(in: 1...60, using: &generator)
            let source = (0..<count).map { _ in Self.mathPieces.randomElement(using: &generator) ?? "" }.joined()
            checkInvariants(of: Lesson(path: "random.md", source: source))
            checkBlocksUnchangedByProtection(source)
        }
    }

    /// Protecting the math leaves cmark-gfm's blocks as they are: the same cells at the same places, the same headings.
    /// (Inline nodes may differ: math that starts before a backtick takes the backtick, as in pandoc.)
    private func checkBlocksUnchangedByProtection(_ source: String) {
        let lines = SourceLines(source)
        let plain = MarkdownParser.parse(source, placeholder: Lesson.placeholder(for:))
        let protection = MathProtection(source: source, lines: lines, blocks: MarkdownParser.inlineBlocks(of: source))
        let protected = MarkdownParser.parse(protection.protectedSource, placeholder: Lesson.placeholder(for:))
        #expect(protection.protectedSource.utf8.count == source.utf8.count)
        #expect(protected.computeBlocks == plain.computeBlocks, "\(source.debugDescription)")
        #expect(protected.headings.map(\.line) == plain.headings.map(\.line), "\(source.debugDescription)")
        let cells = { (parsed: ParsedMarkdown) in
            parsed.computeBlocks.enumerated().map { index, block in
                let cell = ComputeCell.build(index: index, block: block, lines: lines, nodeStartLines: parsed.nodeStartLines, path: "p").cell
                return "\(cell.blockRange) \(cell.isClosed) \(cell.closingPrefix) \(cell.openingFence) \(cell.sourceOffset(line: 2, column: 3))"
            }
        }
        #expect(cells(protected) == cells(plain), "\(source.debugDescription)")
    }

    @Test func sourceHoldingEveryFillerCandidate() {
        let controls = FillerAlphabet.candidates.map { String(UnicodeScalar($0)) }.joined()
        let lesson = Lesson(path: "c.md", source: "# T $x$\n\n\(controls) $y$ and \\(z\\)\n")
        #expect(lesson.math.isEmpty)
        #expect(lesson.html.contains(controls))
        checkInvariants(of: lesson)
        let allButThree = Lesson(path: "c.md", source: String(controls.dropFirst(3)) + " $y$\n")
        #expect(allButThree.math.isEmpty)
        let allButFour = Lesson(path: "c.md", source: String(controls.dropFirst(4)) + " $y$ $z$\n")
        #expect(allButFour.math.map(\.tex) == ["y", "z"])
        checkInvariants(of: allButFour)
    }

    @Test func mathInDeepNesting() {
        let source = String(repeating: "> ", count: 500) + "$$\n" + String(repeating: "> ", count: 500) + "x\n$$ $y$ \\(z\n"
        checkInvariants(of: Lesson(path: "deep.md", source: source))
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
    func checkInvariants(of lesson: Lesson) {
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
        let sourceBytes = Set(lesson.source.utf8)
        let fillerLeaks = FillerAlphabet.candidates.filter { !sourceBytes.contains($0) }
        for text in [lesson.html, lesson.title, lesson.summary ?? ""] + lesson.headings.map(\.text) {
            #expect(!text.utf8.contains(where: fillerLeaks.contains), "filler left in \(text.debugDescription)")
        }
        var previousEnd = 0
        for span in lesson.math {
            #expect(span.range.lowerBound >= previousEnd && span.range.upperBound <= size)
            #expect(span.contentRange.lowerBound >= span.range.lowerBound && span.contentRange.upperBound <= span.range.upperBound)
            #expect(lesson.source.utf8Text(span.range).hasPrefix(span.delimiter.opening))
            #expect(lesson.source.utf8Text(span.range).hasSuffix(span.delimiter.closing))
            for edit in span.githubEdits {
                #expect(edit.range.lowerBound >= span.range.lowerBound && edit.range.upperBound <= span.range.upperBound)
            }
            previousEnd = span.range.upperBound
        }
        #expect(Set(lesson.headings.map(\.id)).count == lesson.headings.count)
        for heading in lesson.headings {
            #expect(!heading.id.isEmpty && (1...6).contains(heading.level) && heading.line >= 1)
            #expect(lesson.html.contains("<h\(heading.level) id=\"\(MathSpan.escapeHTML(heading.id))\">"))
        }
        for diagnostic in lesson.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            #expect(diagnostic.path == lesson.path)
        }
        var previousSpanEnd = 0
        for (index, inline) in lesson.inlineExpressions.enumerated() {
            #expect(inline.index == index && inline.spanRange.lowerBound >= previousSpanEnd && inline.spanRange.upperBound <= size)
            #expect(inline.spanRange.contains(inline.expressionRange.lowerBound) && inline.expressionRange.upperBound < inline.spanRange.upperBound)
            #expect(inline.writtenRange.map { $0.lowerBound >= inline.expressionRange.upperBound && $0.upperBound < inline.spanRange.upperBound } ?? true)
            previousSpanEnd = inline.spanRange.upperBound
        }
        let placeholders = lesson.html.components(separatedBy: "<!--study-inline:").dropFirst().map { $0.prefix { $0 != "-" } }
        #expect(placeholders == lesson.inlineExpressions.indices.map { Substring(String($0)) })
    }
}
