import ComputeLanguage
import Testing
@testable import SwiftcCheck

/// The deviations listed in `Deviation.swift`, pinned on the interpreter's side: each still runs there and means what
/// the list says (ComputeKitTests pins the Swift side: an untyped literal is an array whose `+` concatenates, and
/// SelfTests that swiftc refuses `Int * Double`). When the interpreter follows Swift, these tests and the entries go.
@Suite("swiftc-check: the listed deviations, as the interpreter reads them today")
struct DeviationTests {
    static func run(_ code: String) -> CellRun {
        var session = ComputeSession()
        return session.run(code)
    }

    @Test("every listed statement runs in the interpreter without an error", arguments: Deviation.all)
    func testListedStatementsRun(deviation: Deviation) {
        let run = Self.run(deviation.source)
        #expect(!run.hasErrors, "\(deviation.source): \(run.diagnostics.map(\.message))")
        #expect(run.outputs.count == 1)
    }

    @Test("an untyped literal is a Vector: [1, 2] + [3, 4] adds element by element (Swift concatenates)")
    func testUntypedSum() {
        #expect(Self.run("[1, 2] + [3, 4]").outputs.first?.value == .vector([4, 6]))
    }

    @Test("an untyped literal of Ints is a Vector of reals, compared with Swift's [Int] as numbers")
    func testIntegerLiteral() {
        let value = try? #require(Self.run("let n = 5\n[n, 8]").outputs.first?.value)
        #expect(value == .vector([5, 8]))
        let list = [Leaf("", "List", "2"), Leaf("[0]", "Int", "5"), Leaf("[1]", "Int", "8")]
        #expect(Comparison.isIntegerLiteral(value?.leaves ?? [], list))
        #expect(!Comparison.isIntegerLiteral(value?.leaves ?? [], [Leaf("", "List", "2"), Leaf("[0]", "Int", "5"), Leaf("[1]", "Int", "9")]))
    }

    @Test("an Int converts to a Double where one is expected (swiftc needs Double(n); SelfTests pins its refusal)")
    func testIntToDouble() {
        #expect(Self.run("let a = 2\nlet b = 0.5\na * b").outputs.first?.value == .real(1))
        #expect(Self.run("let n = 3\nsqrt(n)").outputs.first?.value == .real(3.0.squareRoot()))
    }
}
