import Foundation
import Testing

/// Pages do not depend on how the lesson path was typed: they show it relative to the output folder's parent, and no
/// absolute path reaches them.
@Suite("Display paths")
struct DisplayPathTests {
    /// A lesson with a failing result (linked from the index) and an error (shown in place on its pages).
    private static let lesson = "# A\n\n```swift-compute\n1 + 1  // => 3\nnope\n```\n"

    @Test("after build lessons --output output, check finds the pages current however the paths are typed")
    func testCheckWithAnySpelling() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.lesson, "02-b.md": "# B\n"])
        _ = try StudyProcess.run(["build", "lessons", "--output", "output"], in: workspace.root)
        let root = workspace.root.path
        let spellings: [([String], String)] = [
            (["\(root)/lessons", "--output", "\(root)/output"], ""),
            (["./lessons/", "--output", "./output/"], ""),
            (["\(root)/lessons/01-a.md", "--output", "output"], ""),
            ([".", "--output", "../output"], "lessons"),
        ]
        for (arguments, folder) in spellings {
            let result = try StudyProcess.run(["check"] + arguments, in: workspace.root.appendingPathComponent(folder))
            #expect(result.status == 1, "\(arguments)")
            #expect(!result.stdout.contains("stale"), "\(arguments): \(result.stdout)")
        }
        let absolute = try StudyProcess.run(["check", "\(root)/lessons", "--output", "\(root)/output"], in: workspace.root)
        #expect(absolute.stderr.contains("\(root)/lessons/01-a.md:4:14: error"), "the terminal keeps the path as typed")
    }

    @Test("no absolute path reaches a page, whatever was typed; pages show lessons/01-a.md")
    func testNoAbsolutePathInPages() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.lesson])
        let root = workspace.root.path
        _ = try StudyProcess.run(["build", "\(root)/lessons", "--output", "\(root)/output"], in: workspace.root)
        let files = try workspace.snapshot("output").filter { !$0.key.hasPrefix("assets/") }
        #expect(!files.isEmpty)
        for (name, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains(root), "\(name) holds \(root)")
        }
        #expect(try workspace.text("output/01-a.html").contains("lessons/01-a.md:5:1"))
        #expect(try workspace.text("output/index.html").contains("lessons/01-a.md:4:14"))
    }

    @Test("a lesson outside the output folder's parent is shown as folder/name.md")
    func testLessonOutsideParent() throws {
        let workspace = try TemporaryWorkspace(lessons: ["01-a.md": Self.lesson])
        let root = workspace.root.path
        _ = try StudyProcess.run(["build", "\(root)/lessons", "--output", "\(root)/site/guide"], in: workspace.root)
        let page = try workspace.text("site/guide/01-a.html")
        #expect(page.contains("lessons/01-a.md:5:1"))
        #expect(!page.contains(root))
    }
}
