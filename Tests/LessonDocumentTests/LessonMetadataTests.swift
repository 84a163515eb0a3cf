import Testing
@testable import LessonDocument

/// Path, name, title and summary of a lesson.
struct LessonMetadataTests {
    @Test func titleAndSummaryArePlainText() {
        let source = """
        Intro before the title.

        # Softmax *temperature* and `T`

        The **temperature** divides
        the logits before `softmax`.

        ## Second
        """
        let lesson = Lesson(path: "lessons/01-softmax-temperature.md", source: source)
        #expect(lesson.title == "Softmax temperature and T")
        #expect(lesson.summary == "Intro before the title.")
        #expect(lesson.name == "01-softmax-temperature")
        #expect(lesson.path == "lessons/01-softmax-temperature.md")
        #expect(lesson.source == source)
    }

    @Test func summaryJoinsSoftBreaksWithSpaces() {
        let lesson = Lesson(path: "a.md", source: "# Title\n\nThe **temperature** divides\nthe logits before `softmax`.\n")
        #expect(lesson.summary == "The temperature divides the logits before softmax.")
    }

    @Test func setextHeadingIsATitleButLevelTwoIsNot() {
        #expect(Lesson(path: "a.md", source: "Attention\n=========\n").title == "Attention")
        #expect(Lesson(path: "a.md", source: "## Not a title\n").title == "a")
    }

    @Test func fallsBackToTheName() {
        let lesson = Lesson(path: "deep/dir/02-attention.md", source: "- just a list\n")
        #expect(lesson.title == "02-attention")
        #expect(lesson.summary == nil)
    }

    @Test func namesOfOddPaths() {
        #expect(Lesson(path: "notes.markdown", source: "").name == "notes.markdown")
        #expect(Lesson(path: ".md", source: "").name == ".md")
        #expect(Lesson(path: "a/b/", source: "").name == "b")
        #expect(Lesson(path: "", source: "").name == "")
    }
}
