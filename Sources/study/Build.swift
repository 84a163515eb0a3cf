import ArgumentParser
import StudyGuide

/// `study build`: render the lessons into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render the lessons into the output folder (HTML pages, Markdown, index).",
        discussion: """
            Runs every swift-compute block and writes output/NN-name.html, output/NN-name.md and \
            output/index.html. Errors are shown in place in the pages and reported; the exit code is 1 \
            if there are any. Files of removed lessons are removed.
            """
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        try options.perform { study throws(StudyError) in try study.build() }
    }
}
