import Testing
import TransformerCore
@testable import LessonDocument

/// Garbage with inline spans and front matter never traps or hangs, and what it reports stays inside the source.
struct InlineRobustnessTests {
    /// Pieces that make random documents likely to hold code spans, claims, tables, math, links and raw HTML.
    static let inlinePieces = [
        "`", "``", "`{swift} x`", "`{swift} a => 1`", "` {swift} b `", "{swift}", "=>", " ", "\n", "\n\n", "> ", "- ", "1. ",
        "# ", "|", "\\|", "|-|\n", "| a | b |\n|---|---|\n", "$", "$$", "\\(", "\\)", "x", "\\", "<b>", "</b>", "<!--", "-->",
        "[", "](u.md)", "![", "www.x.", "http://a.b/", "*", "_", "~~", "```\n", "    ", "\t", "é", "\r\n", "<", "&amp;", "[x]: /u\n",
    ]

    /// Pieces that make random front matter likely to be YAML of every kind, broken or not.
    static let yamlPieces = [
        "title: ", "summary: ", "precision: ", "limits: ", "elements: ", "work: ", "{ ", " }", "[", "]", ", ", "- ", "? ", ": ",
        "\n", "\n  ", "\"", "'", "&a ", "*a", "!!str ", "|\n  ", ">\n  ", "#", "3", "-7", "1_000", "99999999999999999999", "x",
        "é", "\u{1}", "\t", "...", "---", "1:2:3:4:5:6:7:8:9:10:11:12:13", "~", "null", "%YAML 1.1\n", "<<: ", "\r\n",
    ]

    @Test func randomInlineDocuments() {
        var generator = SplitMix64(seed: 2024)
        for _ in 0..<800 {
            let count = Int.random(in: 1...50, using: &generator)
            let source = (0..<count).map { _ in Self.inlinePieces.randomElement(using: &generator) ?? "" }.joined()
            check(Lesson(path: "random.md", source: source))
        }
    }

    @Test func randomFrontMatter() {
        var generator = SplitMix64(seed: 77)
        for _ in 0..<600 {
            let count = Int.random(in: 1...40, using: &generator)
            let yaml = (0..<count).map { _ in Self.yamlPieces.randomElement(using: &generator) ?? "" }.joined()
            let closing = ["---", "...", "--- ", ""].randomElement(using: &generator) ?? ""
            check(Lesson(path: "front.md", source: "---\n\(yaml)\n\(closing)\n# T `{swift} x`\n\n```swift-compute\nx\n```\n"))
        }
    }

    @Test func hostileFrontMatter() {
        let laughs = (1...30).map { "a\($0): &a\($0) [" + String(repeating: "*a\($0 - 1), ", count: 9) + "*a\($0 - 1)]" }
        let sources = [
            "---\na0: &a0 [x]\n" + laughs.joined(separator: "\n") + "\n? *a30\n: 1\n---\n",
            "---\na: " + String(repeating: "[", count: 100_000) + "\n---\n",
            "---\n" + String(repeating: "- ", count: 50_000) + "x\n---\n",
            "---\n" + (0..<300).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + "\n---\n",
            "---\n" + String(repeating: "title: x\n", count: 2000) + "---\n",
            "---\nprecision: " + String(repeating: "9", count: 100_000) + "\n---\n",
            "---\n" + String(repeating: "\u{1}", count: 1000) + "\n---\n",
        ]
        for source in sources {
            let lesson = Lesson(path: "h.md", source: source)
            #expect(!lesson.diagnostics.isEmpty)
            check(lesson)
        }
    }

    @Test func manySpansInManyCells() {
        let row = "| " + Array(repeating: "`{swift} x => 1` \\| `{swift} y`", count: 20).joined(separator: " | ") + " |\n"
        let header = "|" + String(repeating: " h |", count: 20) + "\n|" + String(repeating: "---|", count: 20) + "\n"
        let lesson = Lesson(path: "m.md", source: header + String(repeating: row, count: 100))
        #expect(lesson.inlineExpressions.count == 4000)
        #expect(lesson.diagnostics.isEmpty)
        check(lesson)
    }

    @Test func manySpansBetweenUnclosedCommentsAndAfterAnUnclosedRun() {
        let spans = String(repeating: "`{swift} x` <!-- ", count: 3000)
        let lesson = Lesson(path: "b.md", source: spans + "\n")
        #expect(lesson.inlineExpressions.count == 3000)
        check(lesson)
        // After an unclosed run, cmark-gfm's shortcut finds only the first span; the scanner agrees, so no diagnostics.
        let shortcut = Lesson(path: "b.md", source: "``` " + spans + "\n")
        #expect(shortcut.inlineExpressions.count == 1)
        #expect(shortcut.diagnostics.isEmpty)
    }

    @Test func concurrentParsesWithFrontMatterAgree() async {
        let source = "---\ntitle: T\nlimits: { work: 5 }\n---\n| a |\n|---|\n| `{swift} x => 1` |\n"
        let expected = Lesson(path: "c.md", source: source)
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    let lesson = Lesson(path: "c.md", source: source)
                    return lesson.html == expected.html && lesson.frontMatter == expected.frontMatter
                        && lesson.inlineExpressions == expected.inlineExpressions
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }

    /// The shared invariants, then: ranges that slice the source, no marker left in the HTML for a located expression.
    private func check(_ lesson: Lesson) {
        RobustnessTests().checkInvariants(of: lesson)
        let bytes = Array(lesson.source.utf8)
        for inline in lesson.inlineExpressions {
            let span = bytes[inline.spanRange]
            #expect(span.first == UInt8(ascii: "`") && span.last == UInt8(ascii: "`"))
            #expect(!inline.expression.isEmpty && inline.written.map { !$0.isEmpty } ?? true)
            #expect(inline.expressionLocation.line >= 1 && inline.expressionLocation.column >= 1)
        }
        #expect(lesson.frontMatter.precision.map { (0...15).contains($0) } ?? true)
        #expect((lesson.frontMatter.maxElements ?? 1) > 0 && (lesson.frontMatter.maxWork ?? 1) > 0)
    }
}
