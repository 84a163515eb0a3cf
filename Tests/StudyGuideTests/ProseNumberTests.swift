import LessonDocument
import Testing
import TransformerCore
@testable import StudyGuide

/// The numbers `check --strict` looks at: those typed in prose that read like results, located in the file.
struct ProseNumberTests {
    /// The texts of the prose numbers of `source`.
    private func numbers(_ source: String) -> [String] {
        ProseNumber.numbers(in: Lesson(path: "p.md", source: source)).map(\.text)
    }

    @Test("decimals, a leading point, percentages, thousands separators, exponents and signs read like results")
    func testResultForms() {
        let source = "a 0.665, b .5, c 33.098%, d 124,439,808, e 1.5e-3, f 6.0E+05, g 2e−4, h -0.5, i −1.8, j (−.25), "
            + "k 50%, l 1.3B, m 2.5x faster, n 1,000 tokens, o 0.1-0.5, p 0.50.\n"
        #expect(numbers(source) == [
            "0.665", ".5", "33.098%", "124,439,808", "1.5e-3", "6.0E+05", "2e−4", "-0.5", "−1.8", "−.25",
            "50%", "1.3B", "2.5", "1,000", "0.1", "0.5", "0.50",
        ])
    }

    @Test("plain integers, integers with a magnitude suffix, numbers glued to names and versions are left out")
    func testLeftOut() {
        let source = "12 heads in 2017, d_model = 512, 175B and 7B, 0,5 and 1,2345, GPT-3.5, x1.5, v2.0, x_0.5, a-0.5, "
            + "α0.25, é2.5, version 1.2.3, host 192.168.0.1, 3-4 and inf.\n"
        #expect(numbers(source) == [])
    }

    @Test("a number after a reference word names a table, a section or an equation, not a result")
    func testReferences() {
        let source = "Table 2.1, table\u{A0}3.2, Section 4.5, Eq. 1.5, Fig. 2.3, § 2.3, §4.1, Appendix C.2 and step 1.5 "
            + "but not tables' 0.75 or stable 0.25 or Tablet 1.5.\n"
        #expect(numbers(source) == ["0.75", "0.25", "1.5"])
    }

    @Test("a minus after a word is a hyphen or a subtraction: the number keeps no sign")
    func testMinusAfterWord() {
        #expect(numbers("f(x)-0.5 and [1]-0.25 and 3 -0.75 and x−0.125\n") == ["0.5", "0.25", "-0.75", "0.125"])
    }

    /// Every kind of place: numbers whose integer part is odd are in prose, even ones are not.
    static let places = """
        ---
        title: Front 0.2
        precision: 3
        ---
        # Heading 1.25

        Paragraph 3.5, `code 4.5`, `{swift} 1 + 1 => 2.0`, $6.5$, \\(8.5\\), $$10.5$$ and \\[12.5\\] stay.

        Setext 5.25
        ---

        - item 7.5
          continued 9.5

        > quote 11.5
        > > nested 13.5

        | a | b |
        |---|---|
        | 15.5 | x 17.5 |

        A [link 19.5](https://example.com/20.5 "title 22.5") and <https://x.org/24.5> and https://example.org/26.5 here.
        An image ![alt 21.5](img/28.5.png), www.example.com/30.5 and a@b.co.

        <span title="32.5">23.5</span> <!-- 34.5 -->

        <div>
        36.5
        </div>

            indented 38.5

        ```swift
        40.5
        ```

        $$
        42.5
        $$

        [ref]: https://example.com/44.5 "46.5"

        """

    @Test("paragraphs, headings, list items, quotes, table cells and link text are prose; code, math, HTML and URLs are not")
    func testPlaces() {
        #expect(numbers(Self.places) == [
            "1.25", "3.5", "5.25", "7.5", "9.5", "11.5", "13.5", "15.5", "17.5", "19.5", "21.5", "23.5",
        ])
    }

    @Test("each number is located at its first byte, after multi-byte characters and in table cells")
    func testLocations() {
        let source = """
            Température ≈ 0.665 here,
            and on a second line 2.5%.

            | tête | valeur |
            |------|--------|
            | ü | −1.8 |

            > quote −.25 and
            - item **0.75**

            """
        let found = ProseNumber.numbers(in: Lesson(path: "p.md", source: source))
        #expect(found.map(\.text) == ["0.665", "2.5%", "−1.8", "−.25", "0.75"])
        #expect(found.map(\.location) == [
            SourceLocation(line: 1, column: 18), SourceLocation(line: 2, column: 22), SourceLocation(line: 6, column: 8),
            SourceLocation(line: 8, column: 9), SourceLocation(line: 9, column: 10),
        ])
        for number in found { #expect(Self.text(of: number.range, in: source) == number.text) }
    }

    @Test("a table cell's escaped pipe, a backslash escape and emphasis do not hide or glue a number")
    func testEscapesAndEmphasis() {
        let source = """
            | a \\| 0.5 | _0.25_ |
            |---|---|
            | \\-0.75 | *1.5*% |

            """
        #expect(numbers(source) == ["0.5", "0.25", "0.75", "1.5"])
    }

    @Test("CRLF line endings and a lesson without prose")
    func testLineEndingsAndEmpty() {
        let found = ProseNumber.numbers(in: Lesson(path: "p.md", source: "One 0.5\r\nand 0.25\r\n"))
        #expect(found.map(\.location) == [SourceLocation(line: 1, column: 5), SourceLocation(line: 2, column: 5)])
        #expect(numbers("") == [])
        #expect(numbers("```swift-compute\nlet x = 0.5\n```\n") == [])
    }

    @Test("random documents: every number found is its source bytes, reads like a result and lies in a prose range")
    func testRandomDocuments() {
        let pieces = ["$", "\\(", "\\)", "`", "{swift} ", "> ", "- ", "# ", "|", "|-|\n", "```swift-compute\n", "```\n", "\n",
                      " ", "x", "é", "<b>", "](u.md)", "[", "0.5", ".25", "-", "−", "1,000", "e-3", "%", "B", "7", "a", ",", "."]
        var generator = SplitMix64(seed: 31)
        for _ in 0..<600 {
            let count = Int.random(in: 1...60, using: &generator)
            let source = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let lesson = Lesson(path: "random.md", source: source)
            let bytes = Array(source.utf8)
            for number in ProseNumber.numbers(in: lesson) {
                #expect(number.range.lowerBound >= 0 && number.range.upperBound <= bytes.count)
                #expect(Self.text(of: number.range, in: source) == number.text)
                #expect(number.text.contains { ".%,eE".contains($0) }, "\(number.text) in \(source.debugDescription)")
                #expect(lesson.proseRanges.contains { $0.contains(number.range.lowerBound) && number.range.upperBound <= $0.upperBound })
            }
        }
    }

    /// The text of a UTF-8 byte range of `source`.
    private static func text(of range: Range<Int>, in source: String) -> String {
        String(decoding: Array(source.utf8)[range], as: UTF8.self)
    }
}
