import Foundation
@testable import LessonDocument
import Testing

/// The plain text of a title or summary is trimmed of tabs and space separators at its ends only, as Foundation's
/// `trimmingCharacters(in: .whitespaces)` trims it (which bridged a whole 10 MB paragraph to do so).
@Suite("Trimming horizontal space like Foundation")
struct HorizontalSpaceTrimmingTests {
    /// Characters that are and are not horizontal space, mixed into random strings.
    private static let alphabet: [String] = [" ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\n", "\r", "a", "é", "😀", "\u{200B}", "\u{200C}", "\u{FEFF}", "\u{1680}", "\u{2028}", "\u{85}", "\u{B}", "\u{C}", "x"]

    @Test("agrees with trimmingCharacters(in: .whitespaces) on 20,000 random strings")
    func testAgreesWithFoundation() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...8, using: &generator)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            #expect(text.trimmingHorizontalSpace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test("cases: empty, only spaces, inner spaces kept, newlines kept")
    func testCases() {
        #expect("".trimmingHorizontalSpace == "")
        #expect(" \t\u{A0} ".trimmingHorizontalSpace == "")
        #expect("  a  b \t".trimmingHorizontalSpace == "a  b")
        #expect("\n a \n".trimmingHorizontalSpace == "\n a \n")
    }
}
