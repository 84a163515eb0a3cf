import Foundation
@testable import StudyGuide
import Testing

/// `update` writes a lesson only when it is safe: unchanged since it was read, writable by its owner; and it keeps the
/// file's owner, group, mode and hard links, and leaves no temporary file behind.
@Suite("Safe update writes")
struct SafeUpdateWriteTests {
    private static let wrong = "```swift-compute\n1 + 1  // => 3\n```\n"

    private func study(_ workspace: TemporaryWorkspace) -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path("output"))
    }

    private func info(_ path: String) -> stat {
        var result = stat()
        stat(path, &result)
        return result
    }

    private func temporaries(in workspace: TemporaryWorkspace) -> [String] {
        FileSystem.files(below: workspace.root.path).filter { TemporaryFiles.isTemporary(name: String($0.split(separator: "/").last!)) }
    }

    @Test("a lesson whose bytes changed since update read them is left alone, with a located error")
    func testChangedWhileUpdating() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.wrong])
        let path = workspace.path("lessons/01-a.md")
        let saved = Self.wrong + "\nA paragraph saved meanwhile.\n"
        try workspace.write(saved, to: "lessons/01-a.md")
        let refusal = try FileSystem.replace(path, expecting: Array(Self.wrong.utf8), with: Array("new".utf8))
        #expect(refusal == .changed)
        #expect(try workspace.text("lessons/01-a.md") == saved)
        #expect(temporaries(in: workspace).isEmpty)
        let text = DiagnosticFormatter.text(try #require(refusal).diagnostic(path: "lessons/01-a.md"), source: nil)
        #expect(text.hasPrefix("lessons/01-a.md:1:1: error: lessons/01-a.md changed while update ran; nothing written\n"))
    }

    @Test("update keeps the lesson's mode, owner and group")
    func testKeepsModeOwnerGroup() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.wrong])
        let path = workspace.path("lessons/01-a.md")
        chmod(path, 0o640)
        let asRoot = getuid() == 0
        if asRoot { chown(path, 1234, 5678) }
        let before = info(path)
        let report = try study(workspace).update()
        #expect(report.updatedLessons == [path])
        #expect(try workspace.text("lessons/01-a.md").contains("// => 2"))
        let after = info(path)
        #expect(after.st_mode & 0o7777 == 0o640)
        #expect(after.st_uid == before.st_uid && after.st_gid == before.st_gid)
        if asRoot { #expect(after.st_uid == 1234 && after.st_gid == 5678) }
        #expect(temporaries(in: workspace).isEmpty)
    }

    @Test("a lesson with hard links is rewritten in place: every link sees the new text")
    func testKeepsHardLinks() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.wrong])
        let path = workspace.path("lessons/01-a.md")
        try FileManager.default.linkItem(atPath: path, toPath: workspace.path("elsewhere.md"))
        let inode = info(path).st_ino
        _ = try study(workspace).update()
        #expect(info(path).st_ino == inode)
        #expect(info(path).st_nlink == 2)
        #expect(try workspace.text("elsewhere.md") == (try workspace.text("lessons/01-a.md")))
        #expect(try workspace.text("elsewhere.md").contains("// => 2"))
    }

    @Test("a read-only lesson (no owner write bit) is refused with a located error, even as root")
    func testRefusesReadOnly() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.wrong])
        let path = workspace.path("lessons/01-a.md")
        chmod(path, 0o444)
        defer { chmod(path, 0o644) }
        let report = try study(workspace).update()
        #expect(report.updatedLessons.isEmpty)
        #expect(try workspace.text("lessons/01-a.md") == Self.wrong)
        #expect(report.exitCode == 1)
        let refusal = try #require(report.diagnostics.first)
        #expect(refusal.path == path && refusal.location.line == 1 && refusal.location.column == 1)
        #expect(refusal.message == "\(path) is read-only (mode 444); nothing written")
        #expect(info(path).st_mode & 0o7777 == 0o444)
    }

    @Test("update writes through a symlinked lesson: the target changes, the link stays")
    func testWritesThroughSymlink() throws {
        let workspace = try TemporaryWorkspace()
        try workspace.write(Self.wrong, to: "drafts/01-a.md")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("lessons/01-a.md"), withDestinationPath: "../drafts/01-a.md")
        _ = try study(workspace).update()
        #expect(FileSystem.isSymlink(workspace.path("lessons/01-a.md")))
        #expect(try workspace.text("drafts/01-a.md").contains("// => 2"))
    }

    @Test("a killed run's temporaries are removed by the next run, a live run's are kept, and check reports neither")
    func testLeftoverTemporaries() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.wrong])
        _ = try study(workspace).build()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = "\(TemporaryFiles.prefix)\(finished.processIdentifier)-Ab12Cd"
        let live = "\(TemporaryFiles.prefix)\(getpid())-Xy34Zw"
        for folder in ["lessons", "output", "output/assets"] {
            try workspace.write("partial", to: "\(folder)/\(dead)")
            try workspace.write("partial", to: "\(folder)/\(live)")
        }
        try workspace.write("older version's", to: "output/.study-q1W2e3")
        let check = try study(workspace).check()
        #expect(check.staleFiles.isEmpty, "\(check.staleFiles)")
        _ = try study(workspace).update()
        for folder in ["lessons", "output"] {
            #expect(!FileManager.default.fileExists(atPath: workspace.path("\(folder)/\(dead)")), "\(folder)")
            #expect(FileManager.default.fileExists(atPath: workspace.path("\(folder)/\(live)")), "\(folder)")
        }
        #expect(try study(workspace).check().exitCode == 0)
    }

    @Test("interrupted with SIGINT, SIGTERM or SIGHUP at any moment, update leaves no temporary file and no partial lesson")
    func testSignalsRemoveTemporaries() throws {
        let workspace = try TemporaryWorkspace()
        let lessons = "```swift-compute\n" + (1...60).map { "\($0) + 1  // => 0\n" }.joined() + "```\n"
        let fixed = "```swift-compute\n" + (1...60).map { "\($0) + 1  // => \($0 + 1)\n" }.joined() + "```\n"
        var generator = SystemRandomNumberGenerator()
        for attempt in 0..<12 {
            for index in 1...4 { try workspace.write(lessons, to: "lessons/0\(index)-l.md") }
            let process = Process()
            process.executableURL = StudyProcess.executable
            process.arguments = ["update"]
            process.currentDirectoryURL = workspace.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 1_000...150_000, using: &generator))
            kill(process.processIdentifier, [SIGINT, SIGTERM, SIGHUP][attempt % 3])
            process.waitUntilExit()
            #expect(temporaries(in: workspace).isEmpty, "attempt \(attempt): \(temporaries(in: workspace))")
            for index in 1...4 {
                let text = try workspace.text("lessons/0\(index)-l.md")
                #expect(text == lessons || text == fixed, "attempt \(attempt)")
            }
        }
    }
}
