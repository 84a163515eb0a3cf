import Foundation
import StudyGuide
import Testing

@Suite("Output folder")
struct OutputFolderTests {
    private let lesson = "# One\n\n```swift-compute\n1 + 1  // => 2\n```\n"

    private func study(_ workspace: TemporaryWorkspace) -> Study {
        Study(paths: [workspace.path("lessons")], output: workspace.path("output"))
    }

    @Test("check reports missing, different and orphaned files apart from number drift, and ignores assets/")
    func testStaleness() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson, "02-b.md": lesson])
        _ = try study(workspace).build()
        try workspace.write("changed", to: "output/01-a.html")
        try FileManager.default.removeItem(atPath: workspace.path("output/02-b.md"))
        try workspace.write("stray", to: "output/notes.txt")
        try workspace.write("/* katex */", to: "output/assets/katex.css")
        let report = try study(workspace).check()
        #expect(report.exitCode == 1)
        #expect(report.diagnostics.isEmpty)
        let stale = Dictionary(uniqueKeysWithValues: report.staleFiles.map { ($0.path, $0.kind) })
        #expect(stale == [
            workspace.path("output/01-a.html"): .different,
            workspace.path("output/02-b.md"): .missing,
            workspace.path("output/notes.txt"): .orphaned,
        ])
        #expect(report.summary.contains("make guide"))
    }

    @Test("a lesson checked or built alone gives the page a build of its folder gives: same sidebar and links")
    func testSingleFileMatchesFolder() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson, "02-b.md": "# Two\n", "03-c.md": "# Three\n"])
        _ = try study(workspace).build()
        let page = try workspace.text("output/02-b.html")
        #expect(page.contains("01-a.html") && page.contains("03-c.html"))
        let alone = Study(paths: [workspace.path("lessons/02-b.md")], output: workspace.path("output"))
        #expect(try alone.check().exitCode == 0)
        _ = try alone.build()
        #expect(try workspace.text("output/02-b.html") == page)
    }

    @Test("build removes the pages of a removed lesson, and leaves files it did not write")
    func testRemovedLesson() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson, "02-b.md": lesson])
        _ = try study(workspace).build()
        try workspace.write("mine", to: "output/README.txt")
        try FileManager.default.removeItem(atPath: workspace.path("lessons/02-b.md"))
        let report = try study(workspace).build()
        #expect(!FileManager.default.fileExists(atPath: workspace.path("output/02-b.html")))
        #expect(!FileManager.default.fileExists(atPath: workspace.path("output/02-b.md")))
        #expect(FileManager.default.fileExists(atPath: workspace.path("output/README.txt")))
        #expect(report.foreignFiles == [workspace.path("output/README.txt")])
    }

    @Test("two builds of the same lessons give byte-identical output")
    func testDeterministicBuild() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": lesson, "02-b.md": lesson + "\n```swift-compute\n[[1, 2], [3, 4]]\n```\n"])
        _ = try study(workspace).build()
        let first = try workspace.snapshot("output")
        try FileManager.default.removeItem(atPath: workspace.path("output"))
        _ = try study(workspace).build()
        #expect(try workspace.snapshot("output") == first)
    }
}
