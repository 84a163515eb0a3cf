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

    @Test("a paragraph saved while update runs is kept: update stops for that file with an error at 1:1")
    func testSavedWhileUpdateRuns() throws {
        let workspace = try TemporaryWorkspace()
        let prose = (1...12_000).map { "Paragraph \($0), which the lesson's page takes a while to render.\n\n" }.joined()
        let lesson = Self.wrong + "\n" + prose
        try workspace.write(lesson, to: "lessons/01-a.md")
        let process = Process()
        process.executableURL = StudyProcess.executable
        process.arguments = ["update"]
        process.currentDirectoryURL = workspace.root
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        usleep(600_000)  // update reads the lesson at once, then spends about two seconds evaluating it
        let saved = lesson + "A paragraph saved while update ran.\n"
        try workspace.write(saved, to: "lessons/01-a.md")
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(try workspace.text("lessons/01-a.md") == saved)
        #expect(process.terminationStatus == 1)
        #expect(stderr.hasPrefix("lessons/01-a.md:1:1: error: lessons/01-a.md changed while update ran; nothing written\n"), "\(stderr)")
        #expect(temporaries(in: workspace).filter { $0.hasPrefix("lessons/") }.isEmpty)
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

    /// Starts `study arguments…` with the default action for every signal and none blocked, as a shell would.
    private func spawn(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        var empty = sigset_t()
        sigemptyset(&empty)
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([StudyProcess.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, StudyProcess.executable.path, nil, &attributes, argv, environ)
        try #require(result == 0)
        return pid
    }

    @Test("update stopped while a temporary file exists, then sent SIGINT, SIGTERM or SIGHUP, removes it and dies of the signal")
    func testSignalsRemoveTemporaries() throws {
        let workspace = try TemporaryWorkspace()
        let prose = (1...3_000).map { "Paragraph \($0), long enough that its page takes a moment to write.\n\n" }.joined()
        let lesson = "```swift-compute\n1 + 1  // => 3\n```\n\n" + prose
        var hits: [Int32] = []
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            for _ in 0..<15 where hits.last != signal {
                try workspace.write(lesson, to: "lessons/01-l.md")
                try? FileManager.default.removeItem(atPath: workspace.path("output"))
                let pid = try spawn(["update", workspace.path("lessons"), "--output", workspace.path("output")])
                var status: Int32 = 0
                while waitpid(pid, &status, WNOHANG) == 0 {
                    guard let found = temporaries(in: workspace).first else { continue }
                    kill(pid, SIGSTOP)
                    usleep(20_000)
                    if FileManager.default.fileExists(atPath: workspace.path(found)) {
                        hits.append(signal)
                        kill(pid, signal)
                    }
                    kill(pid, SIGCONT)
                    if hits.last == signal {
                        waitpid(pid, &status, 0)
                        #expect(status & 0x7F == signal, "update ended with status \(status), not by signal \(signal)")
                        break
                    }
                }
                #expect(temporaries(in: workspace).isEmpty, "\(temporaries(in: workspace))")
                let text = try workspace.text("lessons/01-l.md")
                #expect(text == lesson || text == lesson.replacingOccurrences(of: "// => 3", with: "// => 2"))
            }
        }
        #expect(hits == [SIGINT, SIGTERM, SIGHUP], "update was never stopped while a temporary existed")
    }
}
