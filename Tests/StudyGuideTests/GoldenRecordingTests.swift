import Foundation
import Testing

/// The golden re-record switch rewrites the golden file and then fails the run, so that a recording never passes.
@Suite("Golden recording")
struct GoldenRecordingTests {
    @Test("recording writes the file and records an issue saying to re-run without the switch")
    func testRecordingFails() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try withKnownIssue {
            try GoldenFiles.assertMatches("recorded\n", "probe.html", recording: true, folder: folder)
        } matching: { issue in
            issue.description.contains("re-recorded") && issue.description.contains("without STUDY_RECORD_GOLDEN")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("probe.html"), encoding: .utf8) == "recorded\n")
    }

    @Test("comparing a matching file records no issue; a different one does")
    func testComparing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("same\n".utf8).write(to: folder.appendingPathComponent("probe.html"))
        try GoldenFiles.assertMatches("same\n", "probe.html", recording: false, folder: folder)
        try withKnownIssue {
            try GoldenFiles.assertMatches("other\n", "probe.html", recording: false, folder: folder)
        }
    }
}
