import Foundation
import StudyGuide
import Testing

/// Lesson file names with spaces, `#`, `?` or `%` are percent-encoded in every link to their pages.
@Suite("Page link encoding")
struct PageLinkEncodingTests {
    private static let names = ["01-a b", "02-c#d", "03-e?f%g", "04-plain"]
    private static let encoded = ["01-a%20b", "02-c%23d", "03-e%3Ff%25g", "04-plain"]

    private func built() throws -> TemporaryWorkspace {
        var lessons: [String: String] = [:]
        for name in Self.names { lessons[name + ".md"] = "# \(name)\n\n## Section\n" }
        lessons["01-a b.md"] = "# A\n\n```swift-compute\nbars([1, 2], categories: [\"x\", \"y\"])\n```\n"
        let workspace = try TemporaryWorkspace(lessons: lessons)
        _ = try Study(paths: [workspace.path("lessons")], output: workspace.path("output")).build()
        return workspace
    }

    @Test("the index, the sidebar and the previous and next links percent-encode the page names")
    func testHTMLLinks() throws {
        let workspace = try built()
        let index = try workspace.text("output/index.html")
        for (name, encoded) in zip(Self.names, Self.encoded) {
            #expect(FileManager.default.fileExists(atPath: workspace.path("output/\(name).html")))
            #expect(index.contains("href=\"\(encoded).html\""), "\(name)")
        }
        let middle = try workspace.text("output/02-c#d.html")
        #expect(middle.contains("<a class=\"previous\" href=\"01-a%20b.html\""))
        #expect(middle.contains("<a class=\"next\" href=\"03-e%3Ff%25g.html\""))
        for name in Self.names where name != "04-plain" {
            #expect(!middle.contains("href=\"\(name).html"), "\(name) unencoded")
        }
    }

    @Test("the Markdown twin's figure links percent-encode the lesson name")
    func testMarkdownLinks() throws {
        let workspace = try built()
        let markdown = try workspace.text("output/01-a b.md")
        #expect(markdown.contains("(figures/01-a%20b-1.svg)"), "\(markdown)")
        #expect(FileManager.default.fileExists(atPath: workspace.path("output/figures/01-a b-1.svg")))
    }
}
