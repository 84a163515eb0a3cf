import ArgumentParser
import Foundation
import StudyGuide

/// The arguments every subcommand takes: lessons, output folder, diagnostic format.
struct CommonOptions: ParsableArguments {
    @Argument(help: "Lesson files (any name), or folders whose NN-name.md files are the lessons (default: lessons).")
    var paths: [String] = []

    @Option(help: "The folder the guide is written to and compared with; never a folder of lessons, nor inside or around one.")
    var output: String = "output"

    @Option(help: "How diagnostics are printed: text (compiler style), json, or github (workflow annotations).")
    var format: DiagnosticFormatter.Format = .text

    /// Refuses an empty `--output` (a usage error, exit 2), which would otherwise mean the current folder.
    func validate() throws {
        if output.isEmpty { throw ValidationError(.emptyOutput) }
    }

    /// The commands over these lessons.
    var study: Study { Study(paths: paths, output: output) }

    /// Prints the report's diagnostics and summary, then exits with the report's code.
    func finish(_ report: Report) throws -> Never {
        let diagnostics = DiagnosticFormatter.format(report, as: format)
        switch format {
        case .text:
            FileHandle.standardError.write(Data(diagnostics.utf8))
            FileHandle.standardOutput.write(Data((report.diff + report.summary).utf8))
        case .github:
            FileHandle.standardOutput.write(Data((diagnostics + report.summary).utf8))
        case .json:
            FileHandle.standardOutput.write(Data(diagnostics.utf8))
        }
        throw ExitCode(report.exitCode)
    }

    /// Runs a command, turning a `StudyError` (no lessons folder, unreadable file) into exit code 2.
    func perform(_ command: (Study) throws(StudyError) -> Report) throws -> Never {
        do {
            try finish(try command(study))
        } catch let error as StudyError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }
}

extension DiagnosticFormatter.Format: ExpressibleByArgument {}

private extension String {
    static let emptyOutput = "--output must name a folder (it is empty); use --output . for the current folder"
}
