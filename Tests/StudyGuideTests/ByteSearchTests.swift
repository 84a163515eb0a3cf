@testable import StudyGuide
import Testing

/// The byte search behind placeholder splicing agrees with a naive search of every offset.
@Suite("Byte search")
struct ByteSearchTests {
    /// The first offset at or after `start` where `needle` occurs, by comparing every offset.
    private static func naive(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return min(max(start, 0), bytes.count) }
        return (max(start, 0)..<max(max(start, 0), bytes.count - needle.count + 1)).first { Array(bytes[$0..<($0 + needle.count)]) == needle }
    }

    @Test("agrees with a naive search on 20,000 random haystacks over a small alphabet")
    func testAgreesWithNaive() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in UInt8.random(in: 0...2, using: &generator) }
            let needle = (0..<Int.random(in: 0...4, using: &generator)).map { _ in UInt8.random(in: 0...2, using: &generator) }
            let start = Int.random(in: -2...26, using: &generator)
            #expect(bytes.firstOffset(of: needle, from: start) == Self.naive(needle, in: bytes, from: start), "\(needle) in \(bytes) from \(start)")
        }
    }

    @Test("cases: at the start, at the end, overlapping prefixes, absent, past the end")
    func testCases() {
        let text = Array("<!--st<!--study-1-->".utf8)
        #expect(text.firstOffset(of: Array("<!--study-".utf8)) == 6)
        #expect(text.firstOffset(of: Array("-->".utf8)) == 17)
        #expect(text.firstOffset(of: Array("<".utf8), from: 1) == 6)
        #expect(text.firstOffset(of: Array("x".utf8)) == nil)
        #expect(text.firstOffset(of: Array("<".utf8), from: 100) == nil)
    }
}
