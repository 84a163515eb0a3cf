import ArgumentParser
import Foundation
import StudyGuide

/// `study`: builds, checks and updates a verified study guide from Markdown lessons with swift-compute blocks.
@main
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Turn Markdown lessons with swift-compute blocks into a verified study guide.",
        discussion: """
            Lessons are Markdown files (lessons/NN-name.md) whose ```swift-compute blocks are run in order, \
            one environment per lesson. Their results are spliced into an HTML guide and GitHub-flavoured \
            Markdown under output/, and every `// =>` result comment is verified.

            In a folder, the lessons are the files named digits, '-', a name, '.md' (04-softmax.md); README.md, \
            index.md or notes.md are not lessons. A file named on the command line is a lesson whatever its name \
            (but prelude.swift, a folder's course prelude, which every lesson of the folder runs first, is never a lesson). \
            The output folder may not be, hold or be inside a folder of lessons; no lesson may share a page with \
            another (the same file name in two folders) or with the guide's own files (index.md).

            Exit codes: 0 all good; 1 problems in the lessons or stale output; 2 usage or I/O errors (study \
            alone prints this help and exits 2).
            """,
        subcommands: [Build.self, Check.self, Update.self]
    )

    /// Runs the command; usage errors exit with 2 (not ArgumentParser's 64), as the exit codes promise, and so does
    /// `study` with no subcommand, after printing the help (on standard error: no command ran).
    static func main() {
        if CommandLine.arguments.count == 1 {
            FileHandle.standardError.write(Data((helpMessage() + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
