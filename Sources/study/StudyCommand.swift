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
            Lessons are Markdown files (lessons/NN-name.md) whose ```swift-compute blocks are run in order,
            one environment per lesson. Their results are spliced into an HTML guide and GitHub-flavoured
            Markdown under output/, and every `// =>` result comment is verified.

            Exit codes: 0 all good; 1 problems in the lessons or stale output; 2 usage or I/O errors.
            """,
        subcommands: [Build.self, Check.self, Update.self]
    )

    /// Runs the command; usage errors exit with 2 (not ArgumentParser's 64), as the exit codes promise.
    static func main() {
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
