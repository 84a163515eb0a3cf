import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 11: work units must follow time: `geluTanh` on 10⁶ elements repeated to the work limit took 47 s, since an
/// activation was charged like an addition. Transcendental element-wise builtins now cost more per element.
@Suite("Work weights: builtins charged by their true cost")
struct WorkWeightTests {
    /// The work one statement adds to a session in which `setup` ran.
    private static func work(of statement: String, after setup: String) -> Int {
        var session = ComputeSession()
        _ = session.run(setup)
        let before = session.work
        let run = session.run(statement)
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        return session.work - before
    }

    @Test("geluTanh, exp and softmax cost more per element than an addition")
    func testTranscendentalWeights() {
        let setup = "let x = gaussian(rows: 100, columns: 100, seed: 1)"
        let addition = Self.work(of: "let y = x + x", after: setup)
        #expect((10_000...20_000).contains(addition))
        for (call, weight) in [("geluTanh(x)", WorkWeight.activation), ("exp(x)", WorkWeight.transcendental), ("softmax(x)", WorkWeight.transcendental)] {
            let work = Self.work(of: "let y = " + call, after: setup)
            #expect(work >= weight * 10_000, "\(call): \(work)")
            #expect(work >= 10 * addition, "\(call): \(work)")
        }
    }

    @Test("geluTanh of a million elements repeated to the limit stops at the work limit within 40 calls, quickly")
    func testRepeatedActivation() throws {
        var session = ComputeSession()
        _ = session.run("let x = gaussian(rows: 1000, columns: 1000, seed: 1)\nvar y = x")
        let start = ContinuousClock.now
        let run = session.run(Array(repeating: "y = geluTanh(x)", count: 1_000).joined(separator: "\n"))
        let elapsed = ContinuousClock.now - start
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "this lesson exceeds its work limit of 2000000000 operations")
        // Each call costs 50 units an element for its argument, and 1 for its result: 2e9 / 51.1e6 ≈ 39 calls.
        #expect((36...40).contains(error.position.line), "line \(error.position.line)")
        // Before, the thousand calls took 47 s in a release build; this is a generous bound for a debug one.
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }
}
