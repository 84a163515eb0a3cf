import ArgumentParser
import StudyGuide

/// `study check`: verify the lessons' numbers and that the output folder is current.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Verify every result comment and #expect, and that the output folder is current.",
        discussion: """
            Renders in memory and compares: each `// =>` result with a fresh computation at the precision \
            it is written with (0.867 means ±0.0005), each #expect, and each file of the output folder \
            (missing, different or orphaned files; output/assets/ excepted). Nothing is written. Exits 1 \
            on any drift, error or stale file, for CI. With --strict, numbers typed in the prose (with \
            decimals, %, thousands separators or an exponent) that are neither claims nor inline \
            expressions, nor literals of the lesson's code, are warnings, and exit 1 too.
            """
    )

    @OptionGroup var options: CommonOptions

    @Flag(help: "Also print, as unified diffs, what `study update` would change in the lessons and `study build` in the output.")
    var diff = false

    @Flag(help: "Also warn about numbers in the prose that are neither claims nor inline expressions, and exit 1 if there are any.")
    var strict = false

    func run() throws {
        try options.perform { study throws(StudyError) in try study.check(diff: diff, strict: strict) }
    }
}
