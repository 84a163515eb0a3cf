import ArgumentParser
import StudyGuide

/// `study update`: rewrite the lessons' result comments, then rebuild.
struct Update: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write missing and fix wrong `// =>` results in the lessons, then rebuild the output.",
        discussion: """
            Changes only result comments: a wrong number is rewritten at the precision it was written with, \
            a missing comment is added at the block's precision, a right one is left alone. Writes are \
            atomic (temporary file and rename), keep the file's mode, owner and group, go through symlinks \
            and keep hard links (such a file is rewritten in place). A lesson changed while update ran, or \
            without its owner write bit, is left alone with an error at its first line. Each edit is printed \
            as file:line:col: old → new. A block with errors is left as it is. A second update changes nothing.
            """
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        try options.perform { study throws(StudyError) in try study.update() }
    }
}
