import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 11: each value was bounded, but not their sum (500 bindings of 10⁶ elements reached 3.85 GB and exit 0);
/// the lesson's names now share a budget of live elements.
@Suite("Memory budget: all of a lesson's names together")
struct MemoryBudgetTests {
    /// `let a0 = zeros(rows: 1000, columns: 1000)` and so on, one binding a line.
    private static func bindings(_ count: Int, prefix: String = "let a") -> String {
        (0..<count).map { "\(prefix)\($0) = zeros(rows: 1000, columns: 1000)" }.joined(separator: "\n")
    }

    @Test("bindings of a million elements each stop at the one that passes the budget, and memory stays bounded")
    func testManyBindings() throws {
        var session = ComputeSession()
        let start = ContinuousClock.now
        // The lesson had 500 such bindings (3.85 GB, exit 0); 100 keep the test short in a debug build,
        // where filling each million zeros and scanning it for non-finite numbers takes about 70 ms.
        let run = session.run(Self.bindings(100))
        #expect(ContinuousClock.now - start < .seconds(30))
        let first = try #require(run.diagnostics.first)
        // Each binding holds 1,000,000 elements and walks 2,000 sides: the tenth brings the total to 10,020,000.
        #expect(first.message == "binding 'a9' brings the lesson's names to 10020000 elements, past its memory limit of 10000000 elements")
        #expect(first.notes.map(\.message) == ["assign a new value to a 'var' rather than binding new names, or keep fewer large values"])
        #expect(Compute.place(first) == [10, 5])
        #expect(run.diagnostics.allSatisfy { $0.severity == .error })
        #expect(session.environment.liveElements == 9 * 1_002_000)
        // The names refused stay quiet afterwards.
        #expect(session.run("a9\na99").diagnostics.isEmpty)
    }

    @Test("a var assigned again replaces its value in the budget; a rebinding in a later block does too")
    func testReplacing() {
        var session = ComputeSession()
        let assignments = "var x = zeros(rows: 1000, columns: 1000)\n"
            + Array(repeating: "x = ones(rows: 1000, columns: 1000)", count: 30).joined(separator: "\n")
        #expect(session.run(assignments).diagnostics.isEmpty)
        for _ in 0..<30 {
            #expect(session.run("let y = zeros(rows: 1000, columns: 1000)").diagnostics.isEmpty)
        }
        #expect(session.environment.liveElements == 2 * 1_002_000)
    }

    @Test("an assignment past the budget is an error at the name assigned")
    func testAssignment() throws {
        var session = ComputeSession(limits: Limits(maxElements: 100, maxWork: 1_000_000, maxLiveElements: 150))
        _ = session.run("let a = zeros(rows: 10, columns: 10)\nvar b = zeros(rows: 1, columns: 1)")
        let run = session.run("b = zeros(rows: 5, columns: 10)")
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "binding 'b' brings the lesson's names to 185 elements, past its memory limit of 150 elements")
        #expect(Compute.place(error) == [1, 1])
        #expect(session.environment.value(of: "b")?.elementCount == 1)
        #expect(session.environment.liveElements == 123)
    }
}
