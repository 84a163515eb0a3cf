import Foundation
@testable import StudyGuide
import Testing

/// `build` writes only inside its output folder: it follows the folder's own symlink once, never one below it, and a
/// tampered manifest removes nothing outside the folder.
@Suite("Output folder safety")
struct OutputFolderSafetyTests {
    private let lesson = "# One\n\n```swift-compute\n1 + 1  // => 2\n```\n"

    private func study(_ workspace: TemporaryWorkspace, output: String = "output") -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path(output))
    }

    @Test("a symlink in the output folder pointing outside is replaced by the file; its target is left alone")
    func testSymlinkedFileReplaced() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson])
        try workspace.write("precious", to: "outside/keep.txt")
        try FileManager.default.createDirectory(atPath: workspace.path("output"), withIntermediateDirectories: true)
        for name in ["style.css", "01-a.html", "index.html"] {
            try FileManager.default.createSymbolicLink(atPath: workspace.path("output/" + name), withDestinationPath: workspace.path("outside/keep.txt"))
        }
        _ = try study(workspace).build()
        #expect(try workspace.text("outside/keep.txt") == "precious")
        for name in ["style.css", "01-a.html", "index.html"] {
            #expect(!FileSystem.isSymlink(workspace.path("output/" + name)))
        }
        #expect(try study(workspace).check().exitCode == 0)
    }

    @Test("a symlinked folder inside the output folder is refused, and nothing is written through it")
    func testSymlinkedFolderRefused() throws {
        let figure = "# F\n\n```swift-compute\nbars([1, 2], categories: [\"x\", \"y\"])\n```\n"
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": figure])
        try FileManager.default.createDirectory(atPath: workspace.path("outside"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: workspace.path("output"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("output/figures"), withDestinationPath: workspace.path("outside"))
        #expect(throws: StudyError.symlinkInOutput(workspace.path("output/figures"))) { try study(workspace).build() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path("outside")).isEmpty)
    }

    @Test("the output folder may itself be a symlink: it is resolved once and written into")
    func testOutputFolderSymlink() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson])
        try FileManager.default.createDirectory(atPath: workspace.path("real-output"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("output"), withDestinationPath: "real-output")
        _ = try study(workspace).build()
        #expect(FileManager.default.fileExists(atPath: workspace.path("real-output/01-a.html")))
        #expect(FileSystem.isSymlink(workspace.path("output")))
        #expect(try study(workspace).check().exitCode == 0)
    }

    @Test("a tampered manifest listing ../x, absolute paths or paths through a symlinked folder removes nothing outside")
    func testTamperedManifest() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson])
        _ = try study(workspace).build()
        try workspace.write("mine", to: "x.md")
        try workspace.write("mine", to: "outside/y.html")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("output/link"), withDestinationPath: workspace.path("outside"))
        let manifest = try workspace.text("output/.study-manifest")
        try workspace.write(manifest + "../x.md\n\(workspace.path("x.md"))\nfigures/../../x.md\nlink/y.html\n./../x.md\n", to: "output/.study-manifest")
        _ = try study(workspace).build()
        #expect(try workspace.text("x.md") == "mine")
        #expect(try workspace.text("outside/y.html") == "mine")
        #expect(FileSystem.isSymlink(workspace.path("output/link")))
    }

    @Test("a file the manifest lists but whose bytes are not those study wrote is left alone, not removed")
    func testManifestFingerprint() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson, "02-b.md": lesson])
        _ = try study(workspace).build()
        try workspace.write("the user's notes", to: "output/notes.md")
        try workspace.write("edited by hand", to: "output/02-b.html")
        let manifest = try workspace.text("output/.study-manifest")
        try workspace.write(manifest + Manifest.fingerprint(Array("something else".utf8)) + "  notes.md\nnotes.md\n", to: "output/.study-manifest")
        try FileManager.default.removeItem(atPath: workspace.path("lessons/02-b.md"))
        let report = try study(workspace).build()
        #expect(try workspace.text("output/notes.md") == "the user's notes")
        #expect(try workspace.text("output/02-b.html") == "edited by hand")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("output/02-b.md")))
        #expect(report.foreignFiles == [workspace.path("output/02-b.html"), workspace.path("output/notes.md")])
    }

    @Test("the manifest lists one name a line, and a later build removes exactly the files it lists")
    func testManifestRoundTrip() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson, "02-b c.md": lesson])
        _ = try study(workspace).build()
        let manifest = Manifest.entries(in: try workspace.text("output/.study-manifest"))
        #expect(manifest["02-b c.html"] == Manifest.fingerprint(Array(try workspace.read("output/02-b c.html"))))
        #expect(manifest["02-b c.md"] != nil && manifest["style.css"] != nil && manifest["index.html"] != nil)
        try FileManager.default.removeItem(atPath: workspace.path("lessons/02-b c.md"))
        try workspace.write("user's", to: "output/notes.txt")
        _ = try study(workspace).build()
        #expect(!FileManager.default.fileExists(atPath: workspace.path("output/02-b c.html")))
        #expect(try workspace.text("output/notes.txt") == "user's")
    }
}
