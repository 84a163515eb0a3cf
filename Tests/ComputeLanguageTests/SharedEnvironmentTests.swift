import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 11: the environment was copied for every block, so a lesson of 25,000 blocks spent most of its time copying
/// names bound earlier. A block's cost must not grow with the number of names before it.
@Suite("Shared environment: a block's cost does not grow with the names bound before it")
struct SharedEnvironmentTests {
    /// The time `blocks` one-line blocks take, each binding a name of its own, in `session`.
    private static func time(_ blocks: Range<Int>, in session: inout ComputeSession) -> Duration {
        let start = ContinuousClock.now
        for index in blocks {
            let run = session.run("let v\(index) = \(index)")
            #expect(run.diagnostics.isEmpty)
        }
        return ContinuousClock.now - start
    }

    @Test("the last thousand of 20,000 blocks take about as long as the first thousand")
    func testBlocksAfterManyNames() {
        var session = ComputeSession()
        let first = Self.time(0..<1_000, in: &session)
        _ = Self.time(1_000..<19_000, in: &session)
        let last = Self.time(19_000..<20_000, in: &session)
        #expect(session.environment.names.count == 20_000)
        // Copying 19,000 names for each block made the last thousand several times slower; allow noise on a shared machine.
        #expect(last < first * 2 + .milliseconds(300), "first \(first), last \(last)")
        #expect(session.environment.value(of: "v19999") == .integer(19_999))
    }

    @Test("a failed block and an inline value leave the environment as the cells bound it")
    func testEnvironmentKept() {
        var session = ComputeSession()
        _ = session.run("let a = 1\nvar b = [1, 2]")
        _ = session.run("let c = a + true\nb = [3, 4]")
        _ = session.evaluateInline("a + 1")
        #expect(session.environment.names == ["a", "b", "c"])
        #expect(session.environment.value(of: "b") == .vector([3, 4]))
        #expect(session.run("a\nb").outputs.map(\.value) == [.integer(1), .vector([3, 4])])
    }
}
