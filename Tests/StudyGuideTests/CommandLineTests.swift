import Foundation
import Testing

/// Runs the built `study` executable, as a user would.
@Suite("Command line")
struct CommandLineTests {
    /// The `study` executable next to the test bundle.
    static var executable: URL { StudyProcess.executable }

    private func run(_ arguments: [String], in folder: URL) throws -> StudyProcess.Result {
        try StudyProcess.run(arguments, in: folder)
    }

    @Test("the executable exists beside the tests")
    func testExecutableBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path))
    }

    @Test("check prints path:line:col: error: with the line and a caret, and exits 1; update fixes it; exit 0 after")
    func testCheckUpdateCheck() throws {
        let lesson = CheckAndUpdateTests.lesson.replacingOccurrences(of: "[0.665, 0.245, 0.090]", with: "[0.665, 0.245, 0.091]")
        let workspace = try TemporaryWorkspace(lessons: ["04-t.md": lesson])
        let check = try run(["check"], in: workspace.root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("lessons/04-t.md:5:54: error: wrong result: written 0.091, computed 0.090\n"))
        #expect(check.stderr.contains("softmax(z, temperature: 1)      // => [0.665, 0.245, 0.091]\n" + String(repeating: " ", count: 53) + "^\n"))
        #expect(check.stdout.contains("make guide"))
        let update = try run(["update"], in: workspace.root)
        #expect(update.status == 0, "\(update.stderr)")
        #expect(try workspace.text("lessons/04-t.md") == CheckAndUpdateTests.lesson)
        let again = try run(["check", "lessons", "--output", "output"], in: workspace.root)
        #expect(again.status == 0, "\(again.stderr)\(again.stdout)")
    }

    @Test("check --diff shows what update would change, and changes nothing")
    func testDiff() throws {
        let lesson = "```swift-compute\n1 + 1  // => 3\n2 + 2\n```\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": lesson])
        let result = try run(["check", "--diff"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("--- lessons/01-x.md\n+++ lessons/01-x.md (after update)\n@@ -1,4 +1,4 @@\n ```swift-compute\n-1 + 1  // => 3\n-2 + 2\n+1 + 1  // => 2\n+2 + 2  // => 4\n ```\n"))
        #expect(result.stdout.contains("+++ output/01-x.html (after build)"))
        #expect(try workspace.text("lessons/01-x.md") == lesson)
    }

    @Test("--format github prints workflow annotations")
    func testGithubFormat() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": "```swift-compute\n1 + 1  // => 3\n```\n"])
        let result = try run(["check", "--format", "github"], in: workspace.root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("::error file=lessons/01-x.md,line=2,col=14::wrong result: written 3, computed 2"))
    }

    @Test("check --strict warns at numbers typed in prose and exits 1; without --strict nothing changes")
    func testStrict() throws {
        let lesson = "```swift-compute\nlet t = 0.5\n```\n\nAt t = 0.5 the favourite gets 0.867.\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-x.md": lesson])
        let build = try run(["build"], in: workspace.root)
        #expect(build.status == 0, "\(build.stderr)")
        let plain = try run(["check"], in: workspace.root)
        #expect(plain.status == 0, "\(plain.stderr)\(plain.stdout)")
        #expect(try run(["check", "--format", "json"], in: workspace.root).stdout.hasPrefix("[]\n"))
        #expect(plain.stderr.isEmpty)
        #expect(!plain.stdout.contains("tied"))
        let strict = try run(["check", "--strict"], in: workspace.root)
        #expect(strict.status == 1)
        let line = "At t = 0.5 the favourite gets 0.867."
        #expect(strict.stderr == "lessons/01-x.md:5:31: warning: number not tied to a computation: 0.867\n" + line + "\n"
            + String(repeating: " ", count: 30) + "^\n"
            + "lessons/01-x.md:5:31: note: write it as a claim, `{swift} expr => 0.867`, to have it computed and checked\n")
        #expect(strict.stdout.contains("1 number in prose not tied to a computation"))
        let github = try run(["check", "--strict", "--format", "github"], in: workspace.root)
        #expect(github.status == 1)
        #expect(github.stdout.contains("::warning file=lessons/01-x.md,line=5,col=31::number not tied to a computation: 0.867%0A"))
        let json = try run(["check", "--strict", "--format", "json"], in: workspace.root)
        #expect(json.status == 1)
        #expect(json.stdout.contains("\"column\" : 31"))
        let single = try run(["check", "--strict", "lessons/01-x.md"], in: workspace.root)
        #expect(single.status == 1)
        #expect(single.stderr.contains("lessons/01-x.md:5:31: warning"))
        try workspace.write(lesson.replacingOccurrences(of: "0.867", with: "`{swift} softmax([2, 1, 0], temperature: t)[0] => 0.867`"),
                            to: "lessons/01-x.md")
        #expect(try run(["build"], in: workspace.root).status == 0)
        let claimed = try run(["check", "--strict"], in: workspace.root)
        #expect(claimed.status == 0, "\(claimed.stderr)\(claimed.stdout)")
    }

    @Test("a missing lessons folder and a bad option exit 2 with a message")
    func testUsageErrors() throws {
        let workspace = try TemporaryWorkspace()
        try FileManager.default.removeItem(atPath: workspace.path("lessons"))
        let missing = try run(["build"], in: workspace.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error: no such file or folder: lessons"))
        let usage = try run(["check", "--format", "yaml"], in: workspace.root)
        #expect(usage.status == 2)
        let unknown = try run(["frobnicate"], in: workspace.root)
        #expect(unknown.status == 2)
    }

    @Test("--help explains the commands")
    func testHelp() throws {
        let workspace = try TemporaryWorkspace()
        let help = try run(["--help"], in: workspace.root)
        #expect(help.status == 0)
        for word in ["build", "check", "update", "Exit codes"] { #expect(help.stdout.contains(word)) }
        let checkHelp = try run(["check", "--help"], in: workspace.root)
        #expect(checkHelp.stdout.contains("--output"))
    }

    @Test("study with no subcommand prints the help on standard error and exits 2; study --help exits 0")
    func testNoSubcommand() throws {
        let workspace = try TemporaryWorkspace()
        let bare = try run([], in: workspace.root)
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("SUBCOMMANDS") && bare.stderr.contains("build"))
        #expect(bare.stdout.isEmpty)
        #expect(try run(["--help"], in: workspace.root).status == 0)
    }

    @Test("--help states which files of a folder are lessons")
    func testHelpStatesLessonRule() throws {
        let workspace = try TemporaryWorkspace()
        let help = try run(["--help"], in: workspace.root)
        #expect(help.stdout.contains("NN-name.md") || help.stdout.contains("digits, '-', a name, '.md'"))
        #expect(help.stdout.contains("README.md"))
    }
}
