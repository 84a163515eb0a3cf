import Foundation
@testable import StudyGuide
import Testing

/// No spelling of the command line makes a lesson an output: an overlapping output folder, two lessons on one page, a
/// lesson on a generated file or a name with a control character is refused with exit 2 before anything is written.
@Suite("Inputs are never outputs")
struct InputsAreNeverOutputsTests {
    private static let lesson = "# A\n\n```swift-compute\n1 + 1  // => 3\n```\n"

    /// A workspace with `l/01-a.md` (a wrong result, so that update would rewrite it) and `l/02-b.md`.
    private func workspace() throws -> TemporaryWorkspace {
        let workspace = try TemporaryWorkspace()
        try workspace.write(Self.lesson, to: "l/01-a.md")
        try workspace.write("# B\n", to: "l/02-b.md")
        return workspace
    }

    /// Runs `study` in `folder` (relative to the workspace) and expects exit 2, a message, and `l/` byte-identical.
    private func expectRefused(_ arguments: [String], in folder: String = "", _ workspace: TemporaryWorkspace,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try workspace.snapshot("l")
        let result = try StudyProcess.run(arguments, in: workspace.root.appendingPathComponent(folder))
        #expect(result.status == 2, "\(arguments): \(result.stderr)\(result.stdout)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("rror"), "\(arguments)", sourceLocation: sourceLocation)
        #expect(try workspace.snapshot("l") == before, "\(arguments) changed the lessons", sourceLocation: sourceLocation)
    }

    @Test("--output equal to the lessons folder, in every spelling, exits 2 with every lesson byte-identical")
    func testOutputIsLessonsFolder() throws {
        let workspace = try workspace()
        let absolute = workspace.path("l")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("alias"), withDestinationPath: "l")
        for command in ["build", "check", "update"] {
            try expectRefused([command, "l", "--output", "l"], workspace)
            try expectRefused([command, "./l/", "--output", absolute], workspace)
            try expectRefused([command, absolute, "--output", "./l//"], workspace)
            try expectRefused([command, "l", "--output", "alias"], workspace)
            try expectRefused([command, ".", "--output", "."], in: "l", workspace)
            try expectRefused([command, "l/01-a.md", "--output", "l"], workspace)
        }
    }

    @Test("an empty --output is a usage error, not the current folder")
    func testEmptyOutput() throws {
        let workspace = try workspace()
        try expectRefused(["build", ".", "--output", ""], in: "l", workspace)
        try expectRefused(["update", "l", "--output", ""], workspace)
    }

    @Test("an output folder inside a lessons folder, or holding one, is refused")
    func testOutputInsideOrAroundLessons() throws {
        let workspace = try workspace()
        try expectRefused(["build", "l", "--output", "l/guide"], workspace)
        try expectRefused(["build", "l", "--output", "."], workspace)
        try expectRefused(["update", "l", "--output", "l/guide"], workspace)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("l/guide")))
        try expectRefused(["build", "l/01-a.md", "--output", "l/guide"], workspace)
    }

    @Test("a lesson that is a symlink into the output folder is refused")
    func testSymlinkedLessonIntoOutput() throws {
        let workspace = try workspace()
        try workspace.write(Self.lesson, to: "drafts/09-c.md")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("l/03-c.md"), withDestinationPath: "../drafts/09-c.md")
        let before = try workspace.snapshot("drafts")
        try expectRefused(["update", "l", "--output", "drafts"], workspace)
        #expect(try workspace.snapshot("drafts") == before)
    }

    @Test("the same file name in two lesson folders is refused: one page would replace the other")
    func testSameNameInTwoFolders() throws {
        let workspace = try workspace()
        try workspace.write("# Other A\n", to: "m/01-a.md")
        try expectRefused(["build", "l", "m", "--output", "out"], workspace)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out")))
    }

    @Test("a lesson named index.md is refused: the guide's index would overwrite its page")
    func testIndexLesson() throws {
        let workspace = try workspace()
        try workspace.write("# I\n", to: "l/index.md")
        try expectRefused(["build", "l/index.md", "--output", "out"], workspace)
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out")))
        let folder = try StudyProcess.run(["build", "l", "--output", "out"], in: workspace.root)
        #expect(folder.status == 1)  // l/index.md is not a lesson of the folder; 01-a.md's wrong result is
        #expect(folder.stdout.contains("2 lessons"))
        #expect(try workspace.text("out/index.html").contains("02-b.html"))
    }

    @Test("a newline or another control character in a lesson's file name is refused")
    func testControlCharacterInName() throws {
        let workspace = try workspace()
        try workspace.write("# N\n", to: "l/03-x\nindex.md")
        try expectRefused(["build", "l", "--output", "out"], workspace)
        try FileManager.default.removeItem(atPath: workspace.path("l/03-x\nindex.md"))
        try workspace.write("# T\n", to: "l/03-x\ty.md")
        try expectRefused(["build", "l", "--output", "out"], workspace)
    }

    @Test("one file given twice (relative, absolute, through a symlink) is one lesson")
    func testSameFileTwice() throws {
        let workspace = try workspace()
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.md"), withDestinationPath: "l/01-a.md")
        let result = try StudyProcess.run(["check", "l/01-a.md", workspace.path("l/01-a.md"), "./l//01-a.md", "link.md",
                                           "--output", "out", "--format", "json"], in: workspace.root)
        #expect(result.status == 1)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(entries.filter { $0["kind"] as? String == "diagnostic" }.count == 1)
        let text = try StudyProcess.run(["check", "l/01-a.md", workspace.path("l/01-a.md"), "--output", "out"], in: workspace.root)
        #expect(text.stdout.contains("1 lesson:"))
    }

    @Test("in a folder only NN-name.md files are lessons: README.md, index.md, notes.md are not; a file named is")
    func testWhichFilesAreLessons() throws {
        for name in ["01-a.md", "00-why.md", "123-x y.md", "7-b.md"] { #expect(LessonFile.isLessonName(name), "\(name)") }
        for name in ["README.md", "index.md", "notes.md", "01.md", "01-.md", "-a.md", "01-a.txt", "a-01.md", ".01-a.md"] {
            #expect(!LessonFile.isLessonName(name), "\(name)")
        }
        let workspace = try workspace()
        try workspace.write("# Read me\n", to: "l/README.md")
        try workspace.write("# Notes\n", to: "l/notes.md")
        let build = try StudyProcess.run(["build", "l", "--output", "out"], in: workspace.root)
        #expect(build.stdout.contains("2 lessons"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("out/README.html")))
        let named = try StudyProcess.run(["build", "l/notes.md", "--output", "out"], in: workspace.root)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("out/notes.html")))
    }

    @Test("every lesson of this repository's lessons/ is an NN-name.md lesson")
    func testRepositoryLessonsMatch() throws {
        let folder = GoldenFiles.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("lessons")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(names.count >= 11)
        #expect(names.allSatisfy(LessonFile.isLessonName), "\(names.filter { !LessonFile.isLessonName($0) })")
    }
}
