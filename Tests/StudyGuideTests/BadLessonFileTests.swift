import Foundation
import LessonDocument
@testable import StudyGuide
import Testing

/// One bad lesson file does not stop the others: bytes that are not UTF-8 are a located error (exit 1) while every
/// other lesson is built and checked, and a lesson path that is a FIFO, a device, a symlink loop, a dangling symlink
/// or a folder is refused with a message that says so (exit 2, nothing written, never blocking on a FIFO).
@Suite("Bad lesson files: located, named, and the rest still built")
struct BadLessonFileTests {
    /// A lesson with a Latin-1 `é` on line 3 (column 4), two invalid bytes later on that line, and a wrong claim on line 4.
    private static let latin1: [UInt8] = Array("# Bad\n\nCaf".utf8) + [0xE9] + Array(" and ".utf8) + [0xFF, 0xFE]
        + Array(" here\nsecond `{swift} 2 + 2 => 5`\n".utf8)
    private static let good = "# Good\n\nFine `{swift} 1 + 1 => 3`.\n"

    /// A workspace with `lessons/01-good.md` (a wrong claim that update fixes) and `lessons/02-bad.md` (`latin1`).
    private func workspace() throws -> TemporaryWorkspace {
        let workspace = try TemporaryWorkspace(lessons: ["01-good.md": Self.good])
        try Data(Self.latin1).write(to: workspace.root.appendingPathComponent("lessons/02-bad.md"))
        return workspace
    }

    @Test("invalid UTF-8 is an error at its line and byte column, with a note, and the lesson is still read")
    func testInvalidUTF8IsLocated() {
        let lesson = Lesson(path: "lessons/02-bad.md", bytes: Self.latin1)
        #expect(!lesson.isUTF8)
        let encoding = lesson.diagnostics.filter { $0.message.hasPrefix("invalid UTF-8") }
        #expect(encoding.count == 1)
        #expect(encoding.first?.message == "invalid UTF-8 (0xE9); a lesson must be UTF-8 text: save it as UTF-8")
        #expect(encoding.first?.location == LessonDocument.SourceLocation(line: 3, column: 4))
        #expect(encoding.first?.notes.first?.message.contains("update leaves it alone") == true)
        #expect(lesson.inlineExpressions.map(\.expression) == ["2 + 2"])
        #expect(lesson.inlineExpressions.first?.writtenLocation == LessonDocument.SourceLocation(line: 4, column: 26))
        let text = DiagnosticFormatter.text(encoding[0], lines: lesson.lines)
        #expect(text.contains("\nCaf\u{FFFD} and \u{FFFD}\u{FFFD} here\n   ^\n"))
    }

    @Test("each line with invalid UTF-8 gets one error, at most ten, the tenth counting the rest; valid bytes get none")
    func testInvalidUTF8Lines() {
        let bytes: [UInt8] = (1...25).flatMap { (number: Int) -> [UInt8] in
            Array("line \(number) ".utf8) + [0xC3, 0x28] + Array(" \u{E9}\n".utf8)
        }
        let lesson = Lesson(path: "x.md", bytes: bytes)
        let encoding = lesson.diagnostics.filter { $0.message.hasPrefix("invalid UTF-8") }
        #expect(encoding.map(\.location.line) == Array(1...10))
        #expect(encoding.first?.message.hasPrefix("invalid UTF-8 (0xC3)") == true)
        #expect(encoding.first?.location.column == 8)
        #expect(encoding.last?.notes.map(\.message).contains("15 more lines have invalid UTF-8") == true)
        let valid = Lesson(path: "y.md", bytes: Array("caf\u{E9} \u{1F600}\n".utf8))
        #expect(valid.isUTF8 && valid.diagnostics.isEmpty)
    }

    @Test("check and build exit 1 on a lesson that is not UTF-8 and still build and check the other lessons")
    func testOthersStillBuilt() throws {
        let workspace = try workspace()
        let check = try StudyProcess.run(["check", "lessons", "--output", "out"], in: workspace.root)
        #expect(check.status == 1, "\(check.stderr)")
        #expect(check.stderr.contains("lessons/02-bad.md:3:4: error: invalid UTF-8 (0xE9)"), "\(check.stderr)")
        #expect(check.stderr.contains("lessons/01-good.md:3:"), "the good lesson is checked too: \(check.stderr)")
        let build = try StudyProcess.run(["build", "lessons", "--output", "out"], in: workspace.root)
        #expect(build.status == 1, "\(build.stderr)")
        let files = try workspace.snapshot("out")
        #expect(files["01-good.html"] != nil && files["02-bad.html"] != nil && files["index.html"] != nil)
        let page = String(decoding: files["02-bad.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("invalid UTF-8 (0xE9)"), "the page shows the error")
    }

    @Test("update fixes the other lessons and never writes one that is not UTF-8")
    func testUpdateLeavesItAlone() throws {
        let workspace = try workspace()
        let update = try StudyProcess.run(["update", "lessons", "--output", "out"], in: workspace.root)
        #expect(update.status == 1, "\(update.stderr)")
        #expect(try [UInt8](workspace.read("lessons/02-bad.md")) == Self.latin1)
        #expect(try workspace.text("lessons/01-good.md").contains("1 + 1 => 2"))
    }

    @Test("a FIFO named as a lesson is refused at once with what it is (exit 2), in a folder or named alone")
    func testFIFO() async throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": "# A\n"])
        #expect(mkfifo(workspace.path("lessons/02-pipe.md"), 0o644) == 0)
        let root = workspace.root
        let results = await Deadline.run(seconds: 20) {
            [["check", "lessons", "--output", "out"], ["build", "lessons/02-pipe.md", "--output", "out"]].map { arguments in
                (try? StudyProcess.run(arguments, in: root)).map { ($0.status, $0.stderr) }
            }
        }
        let finished = try #require(results, "study blocked on the FIFO")
        for result in finished {
            #expect(result?.0 == 2)
            #expect(result?.1.contains("02-pipe.md: it is a FIFO (named pipe), not a file") == true, "\(result?.1 ?? "")")
        }
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out")))
    }

    @Test("a device, a symlink loop, a dangling symlink and a folder named as a lesson are named as such (exit 2)")
    func testOtherEntries() throws {
        let cases: [(setUp: (TemporaryWorkspace) throws -> Void, path: String, message: String)] = [
            ({ try FileManager.default.createSymbolicLink(atPath: $0.path("lessons/02-x.md"), withDestinationPath: "02-x.md") },
             "lessons", "lessons/02-x.md: it is a symlink loop (too many levels of symbolic links)"),
            ({ try FileManager.default.createSymbolicLink(atPath: $0.path("lessons/02-x.md"), withDestinationPath: "gone.md") },
             "lessons", "lessons/02-x.md: it is a symlink to gone.md, which does not exist"),
            ({ try FileManager.default.createSymbolicLink(atPath: $0.path("lessons/02-x.md"), withDestinationPath: "/dev/null") },
             "lessons", "lessons/02-x.md: it is a character device, not a file"),
            ({ try FileManager.default.createDirectory(atPath: $0.path("lessons/02-x.md"), withIntermediateDirectories: false) },
             "lessons", "lessons/02-x.md is a folder, not a lesson file: rename it; nothing written"),
            ({ _ in }, "/dev/null", "/dev/null: it is a character device, not a file"),
        ]
        for (setUp, path, message) in cases {
            let workspace = try TemporaryWorkspace(lessons: ["01-a.md": "# A\n"])
            try setUp(workspace)
            let result = try StudyProcess.run(["check", path, "--output", "out"], in: workspace.root)
            #expect(result.status == 2, "\(message): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }

    @Test("FileSystem.read refuses a FIFO without blocking and names a folder")
    func testReadRefusesSpecialFiles() async throws {
        let workspace = try TemporaryWorkspace()
        let fifo = workspace.path("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        let outcome = await Deadline.run(seconds: 10) { () -> String in
            do throws(StudyError) { _ = try FileSystem.read(fifo); return "read" } catch { return error.description }
        }
        #expect(outcome == "cannot read \(fifo): it is a FIFO (named pipe), not a file")
        #expect(throws: StudyError.unreadable(workspace.path("lessons"), reason: "it is a folder, not a file")) {
            try FileSystem.read(workspace.path("lessons"))
        }
    }
}
