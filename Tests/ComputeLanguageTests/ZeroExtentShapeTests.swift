import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 11: a shape with one side 0 holds no element, yet every loop over its other side still runs; each side is
/// therefore checked on its own, before anything is allocated.
@Suite("Zero-extent shapes: each side checked on its own, before the call")
struct ZeroExtentShapeTests {
    /// A hostile call, the side its error names, and the error's column.
    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        let side: String
        let column: Int
        var testDescription: String { code }
    }

    @Test("a call building a value with a side past the element limit is a located error, quickly", arguments: [
        Case(code: "zeros(rows: 0, columns: 1_000_000_000)", side: "1000000000", column: 1),
        Case(code: "zeros(rows: 0, columns: 100_000_000)", side: "100000000", column: 1),
        Case(code: "ones(rows: 100_000_000, columns: 0)", side: "100000000", column: 1),
        Case(code: "gaussian(rows: 9223372036854775807, columns: 0, seed: 1)", side: "9223372036854775807", column: 1),
        Case(code: "positionalEncoding(length: 0, dModel: 9223372036854775807)", side: "9223372036854775807", column: 1),
        Case(code: "rowSums(zeros(rows: 1_000_000_000, columns: 0))", side: "1000000000", column: 9),
        Case(code: "columnSums(zeros(rows: 0, columns: 1_000_000_000))", side: "1000000000", column: 12),
        Case(code: "reshape([], rows: 0, columns: 1_000_000_000)", side: "1000000000", column: 1),
        Case(code: "maskMatrix(.causal, queries: 0, keys: 1_000_000_000)", side: "1000000000", column: 1),
        Case(code: "randomOrthogonal(rows: 2_000_000, columns: 0, seed: 1)", side: "2000000", column: 1),
        Case(code: "splitHeads(zeros(rows: 1, columns: 0), count: 1_000_000_000)", side: "1000000000", column: 1),
    ])
    func testSides(_ hostile: Case) throws {
        let start = ContinuousClock.now
        let run = Compute.run("let x = " + hostile.code + "\nx")
        let elapsed = ContinuousClock.now - start
        // A generous bound for a debug build: before, these ran for minutes, grew past 5 GB or crashed.
        #expect(elapsed < .seconds(5), "\(elapsed)")
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1, "\(run.diagnostics.map(\.message))")
        #expect(error.message == "a side of \(hostile.side) exceeds the limit of 1000000 elements per value, even with no elements")
        #expect(Compute.place(error) == [1, 8 + hostile.column])
        #expect(run.outputs.isEmpty)
    }

    @Test("a side at the limit is allowed, and walking it is charged as work")
    func testSideAtTheLimit() {
        var session = ComputeSession()
        let run = session.run("let e = zeros(rows: 1_000_000, columns: 0)\nlet r = rowSums(e)\nlet c = columnSums(e)\nr.count")
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.outputs.map(\.value) == [.integer(1_000_000)])
        // Building e walks its million rows, rowSums walks them again and writes a million sums.
        #expect(session.work >= 3_000_000)
    }

    @Test("the product of empty matrices is refused by its result's size, and charged for every element it writes")
    func testEmptyProducts() throws {
        let tall = "let a = zeros(rows: 1_000_000, columns: 0)\nlet b = zeros(rows: 0, columns: 1_000_000)\n"
        let error = try #require(Compute.onlyError(tall + "a * b"))
        #expect(error.message == "a value of 1000000000000 elements exceeds the limit of 1000000 elements per value")
        #expect(Compute.place(error) == [3, 1])
        var session = ComputeSession()
        let run = session.run("let a = zeros(rows: 1000, columns: 0)\nlet b = zeros(rows: 0, columns: 1000)\nlet p = a * b\nsum(p)")
        #expect(run.outputs.map(\.value) == [.real(0)])
        #expect(session.work >= 1_000_000)
    }
}
