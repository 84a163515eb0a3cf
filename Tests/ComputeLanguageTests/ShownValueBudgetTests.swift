import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 11: showing a value was free, though a 1000×1000 matrix shown took 10 s and 21 MB of page (8 times: 86 s,
/// 168 MB). What a lesson shows is now counted against a budget of elements shown, before anything is rendered.
@Suite("Shown values: a lesson's budget of elements shown")
struct ShownValueBudgetTests {
    @Test("showing a million elements is refused at each statement, with advice, quickly")
    func testShowingLargeValues() throws {
        var session = ComputeSession()
        let start = ContinuousClock.now
        let run = session.run("let m = zeros(rows: 1000, columns: 1000)\n" + Array(repeating: "m", count: 8).joined(separator: "\n"))
        // Before, showing it eight times took 86 s and 168 MB of pages in a release build.
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(run.diagnostics.count == 8)
        let error = try #require(run.diagnostics.first)
        #expect(error.message == "showing this value of 1002000 elements would take the lesson past its limit of 200000 elements shown")
        #expect(error.notes.map(\.message) == ["bind it with 'let' and show a summary instead, such as x.shape, sum(x) or x[0]"])
        #expect(run.diagnostics.map { Compute.place($0) } == (2...9).map { [$0, 1] })
        #expect(run.outputs.isEmpty)
        #expect(session.shown == 0)
    }

    @Test("what a lesson shows is counted over all its blocks and inline values")
    func testShownBudget() throws {
        var session = ComputeSession()
        #expect(session.run("let m = zeros(rows: 400, columns: 400)\nm\nm[0, 0]").diagnostics.isEmpty)
        #expect(session.shown == 160_800 + 1)
        let second = session.run("zeros(rows: 200, columns: 200)")
        #expect(second.diagnostics.map(\.message) == [
            "showing this value of 40400 elements would take the lesson past its limit of 200000 elements shown (160801 shown before it)",
        ])
        #expect(session.evaluateInline("sum(m)").outputs.map(\.value) == [.real(0)])
        #expect(session.shown == 160_802)
    }
}
