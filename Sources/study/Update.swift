import ArgumentParser
import StudyGuide

/// `study update`: rewrite the lessons' result comments, then rebuild.
struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write missing and fix wrong `// =>` results in the lessons, then rebuild the output.",
        discussion: """
            Changes only result comments: a wrong number is rewritten at the precision it was written with, \
            a missing comment is added at the block's precision, a right one is left alone. Writes are \
            atomic (temporary file and rename), keep the file's mode and go through symlinks. A block \
            with errors is left as it is. A second update changes nothing.
            """
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        try options.perform { study throws(StudyError) in try study.update() }
    }
}
