import Testing
@testable import LessonDocument

/// `//| label:` becomes an `id` and a URL fragment: it must be a valid id, unique in the lesson, and unlike every
/// heading's anchor and every id the page generates; a rejected label is an error and its cell keeps `cell-N`.
@Suite("Cell labels")
struct CellLabelTests {
    /// The diagnostics of `source`, as `line:column message`, and their notes as `line:column message`.
    private func problems(_ source: String) -> (messages: [String], notes: [String]) {
        let diagnostics = Lesson(path: "lessons/01-l.md", source: source).diagnostics
        return (diagnostics.map { "\($0.location) \($0.message)" },
                diagnostics.flatMap(\.notes).map { "\($0.location.map(\.description) ?? "-") \($0.message)" })
    }

    @Test("the grammar: an ASCII letter, then ASCII letters, digits, '-' and '_'")
    func testGrammar() {
        for valid in ["scores", "a", "masked-scores", "step_2", "GPT3", "x-1_b"] {
            #expect(CellLabel.isValid(valid), "\(valid)")
        }
        for invalid in ["has space", "", "1st", "-x", "_x", "é", "a.b", "a#b", "a/b", "naïve", "a\tb"] {
            #expect(!CellLabel.isValid(invalid), "\(invalid)")
        }
    }

    @Test("a label with a space is an error at the label that states the grammar, and the cell keeps cell-N")
    func testLabelWithSpace() {
        let source = "```swift-compute\n//| label: has space\nlet x = 1\n```\n"
        let lesson = Lesson(path: "lessons/01-l.md", source: source)
        #expect(lesson.diagnostics.map { "\($0.location) \($0.message)" } == [
            "2:12 label 'has space' is not a valid id: use a letter, then letters, digits, '-' or '_'",
        ])
        #expect(lesson.cells.first?.options.label == nil)
        #expect(lesson.cells.first?.optionKeys["label"] == nil)
    }

    @Test("a quoted label is read without its quotes and checked like any other")
    func testQuotedLabel() {
        #expect(problems("```swift-compute\n//| label: \"ok-label\"\n```\n").messages.isEmpty)
        #expect(problems("```swift-compute\n//| label: 'not ok'\n```\n").messages == [
            "2:12 label 'not ok' is not a valid id: use a letter, then letters, digits, '-' or '_'",
        ])
    }

    @Test("a label of the form of a generated id (cell-N, inline-N, fig-…) is an error")
    func testGeneratedForms() {
        for label in ["cell-2", "inline-1", "fig-scores-1", "fig-x"] {
            let found = problems("```swift-compute\n//| label: \(label)\n```\n").messages
            #expect(found == ["2:12 label '\(label)' has the form of an id the page generates; choose another"])
        }
        for label in ["cell", "cells-2", "cell-x", "inline", "figure-1", "fig"] {
            #expect(problems("```swift-compute\n//| label: \(label)\n```\n").messages.isEmpty, "\(label)")
        }
    }

    @Test("a second use of a label is an error at it with a note at the first; only the first cell keeps it")
    func testDuplicateLabel() {
        let source = """
            ```swift-compute
            //| label: scores
            let x = 1
            ```

            > ```swift-compute
            > //| precision: 2
            > //|   label:   scores
            > let y = 2
            > ```

            """
        let lesson = Lesson(path: "lessons/01-l.md", source: source)
        #expect(lesson.diagnostics.map { "\($0.location) \($0.message)" } == ["8:18 label 'scores' is already used in this lesson"])
        #expect(lesson.diagnostics.first?.notes == [Diagnostic.Note("'scores' is first used here", at: SourceLocation(line: 2, column: 12))])
        #expect(lesson.cells.map(\.options.label) == ["scores", nil])
    }

    @Test("a label equal to a heading's anchor is an error with a note at the heading")
    func testHeadingClash() {
        let source = """
            # Lesson

            ## Masked scores

            ```swift-compute
            //| label: masked-scores
            let x = 1
            ```

            """
        let lesson = Lesson(path: "lessons/01-l.md", source: source)
        #expect(lesson.diagnostics.map { "\($0.location) \($0.message)" } == ["6:12 label 'masked-scores' is the anchor of a heading"])
        #expect(lesson.diagnostics.first?.notes == [Diagnostic.Note("this heading's anchor is 'masked-scores'", at: SourceLocation(line: 3, column: 1))])
        #expect(lesson.cells.first?.options.label == nil)
    }

    @Test("a numbered heading anchor (a repeated heading's '-1') clashes too; a distinct label does not")
    func testNumberedHeadingAnchor() {
        let source = "## Scores\n\n## Scores\n\n```swift-compute\n//| label: scores-1\n```\n\n```swift-compute\n//| label: scores-2\n```\n"
        #expect(problems(source).messages == ["6:12 label 'scores-1' is the anchor of a heading"])
        #expect(problems(source).notes == ["3:1 this heading's anchor is 'scores-1'"])
    }

    @Test("a heading whose anchor is an unlabelled block's or an inline value's generated id is an error at the heading")
    func testHeadingTakesGeneratedId() {
        let source = "## Cell 2\n\n```swift-compute\nlet a = 1\n```\n\n```swift-compute\nlet b = `{swift} 2`\n```\n\nSee `{swift} 1 + 1`.\n\n## Inline 1\n\n## Inline 2\n\n## Cell 3\n"
        let found = problems(source)
        #expect(found.messages == [
            "1:1 this heading's anchor 'cell-2' is also the id of block 2 of the page",
            "13:1 this heading's anchor 'inline-1' is also the id of inline value 1 of the page",
        ])
        #expect(found.notes == ["7:1 block 2 is here; give this block a label, or reword the heading", "11:14 inline value 1 is here; reword the heading"])
        let labelled = "## Cell 1\n\n```swift-compute\n//| label: first\nlet a = 1\n```\n"
        #expect(problems(labelled).messages.isEmpty)
    }

    @Test("the messages follow the style: lower case, no final period")
    func testMessageStyle() {
        let at = SourceLocation(line: 1, column: 1)
        let messages = [
            Diagnostic.invalidLabel("a b", path: "p", at: at), .generatedFormLabel("cell-1", path: "p", at: at),
            .repeatedLabel("x", path: "p", at: at, first: at), .labelIsHeadingAnchor("x", path: "p", at: at, heading: at),
            .headingAnchorIsGenerated("cell-1", what: "block 1", path: "p", at: at, other: at, advice: "x"),
        ].map(\.message)
        for message in messages {
            #expect(message.first?.isLowercase == true)
            #expect(!message.hasSuffix("."))
        }
    }
}
