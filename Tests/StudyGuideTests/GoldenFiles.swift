import Foundation
import LessonDocument
import StudyGuide
import Testing

/// Golden files of whole pages: compared byte for byte, re-recorded with `STUDY_RECORD_GOLDEN=1 swift test`.
enum GoldenFiles {
    /// The folder of this test target's fixtures, in the source tree (so that recording writes there).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Whether this run re-records the golden files instead of comparing.
    static let recording = ProcessInfo.processInfo.environment["STUDY_RECORD_GOLDEN"] == "1"

    /// Compares `actual` with the golden file `name` in `folder`; when recording, writes it there instead and records
    /// an issue, so that a run with the switch set never passes.
    static func assertMatches(_ actual: String, _ name: String, recording: Bool = recording,
                              folder: URL = fixtures.appendingPathComponent("golden"),
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try Data(actual.utf8).write(to: url)
            Issue.record("\(name) re-recorded; run the tests again without STUDY_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? String(actualLines[first]) : "<end>"
            let want = first < expectedLines.count ? String(expectedLines[first]) : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  got:  \(got)\n  want: \(want)\n(re-record with STUDY_RECORD_GOLDEN=1)", sourceLocation: sourceLocation)
        }
    }

    /// The fixture lesson `name` parsed with the display path `lessons/name`.
    static func lesson(_ name: String) throws -> Lesson {
        let url = fixtures.appendingPathComponent("lessons").appendingPathComponent(name)
        return Lesson(path: "lessons/" + name, source: try String(contentsOf: url, encoding: .utf8))
    }
}
