import Foundation
import Testing
import TransformerCore
@testable import ComputeLanguage

@Suite("Interpreter: builtins, ≈, #expect and outputs")
struct InterpreterBuiltinTests {
    /// softmax(z / T) from its definition, with Foundation's exp.
    private static func softmax(_ z: [Double], temperature: Double = 1) -> [Double] {
        let exponentials = z.map { exp($0 / temperature) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    // MARK: Builtins

    @Test("softmax defaults to T = 1 and matches its formula")
    func testSoftmaxFormula() {
        let e = exp(1.0)
        let total = e * e + e + 1
        let expected = [e * e / total, e / total, 1 / total]
        #expect(isClose(Compute.vector("softmax([2, 1, 0])"), expected))
        #expect(isClose(Compute.vector("softmax([2, 1, 0], temperature: 1)"), expected))
        #expect(isClose(Compute.vector("let z: Vector = [2, 1, 0]\nsoftmax(z, temperature: 0.5)"), Self.softmax([2, 1, 0], temperature: 0.5)))
    }

    @Test("softmax of a matrix works row by row")
    func testSoftmaxRows() throws {
        let rows = try #require(Compute.matrix("softmax([[2, 1, 0], [0, 0, 0]], temperature: 0.5)"))
        #expect(rows.count == 2)
        #expect(isClose(rows.first, Self.softmax([2, 1, 0], temperature: 0.5)))
        #expect(isClose(rows.last, [1.0 / 3, 1.0 / 3, 1.0 / 3]))
    }

    @Test("softmax matches the NumPy fixture")
    func testSoftmaxFixture() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("TransformerCoreTests/Fixtures/softmax.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let cases = try #require(json?["cases"] as? [[String: Any]])
        var checked = 0
        for fixture in cases {
            // Logits written as strings ("-inf") have no swift-compute literal; those cases are TransformerCore's.
            guard let logits = fixture["logits"] as? [Double], let temperature = fixture["temperature"] as? Double,
                  let expected = fixture["expected"] as? [Double] else { continue }
            let code = "softmax([\(logits.map { String($0) }.joined(separator: ", "))], temperature: \(temperature))"
            #expect(isClose(Compute.vector(code), expected, tolerance: 1e-12), "\(code)")
            checked += 1
        }
        #expect(checked >= 6)
    }

    @Test("sum, exp, log, sqrt, abs")
    func testScalarBuiltins() {
        #expect(Compute.value("sum([1, 2, 3.5])") == .real(6.5))
        #expect(Compute.value("sum([[1, 2], [3, 4]])") == .real(10))
        #expect(isClose(Compute.real("sum(softmax([2, 1, 0]))"), 1))
        #expect(Compute.value("exp(1)") == .real(exp(1.0)))
        #expect(Compute.value("exp(0.5)") == .real(exp(0.5)))
        #expect(Compute.value("log(2)") == .real(log(2.0)))
        #expect(Compute.value("sqrt(64)") == .real(8))
        #expect(Compute.value("abs(-2.5)") == .real(2.5))
        #expect(Compute.value("abs(3)") == .real(3))
    }

    // MARK: ≈

    @Test("≈ with a decimal literal uses its written precision", arguments: [
        ("softmax([2, 1, 0], temperature: 0.5)[0] ≈ 0.867", true),  // 0.86681… is within ±0.0005
        ("softmax([2, 1, 0], temperature: 0.5)[0] ≈ 0.866", false),  // 0.00081 away
        ("softmax([2, 1, 0], temperature: 0.5)[0] ≈ 0.8668", true),
        ("softmax([2, 1, 0], temperature: 0.5)[0] ≈ 0.8670", false),  // four decimals: ±0.00005
        ("0.867 ≈ softmax([2, 1, 0], temperature: 0.5)[0]", true),
        ("0.8666 ≈ 0.867", true),
        ("0.8664 ≈ 0.867", false),
        ("softmax([2, 1, 0]) ≈ [0.665, 0.245, 0.090]", true),
        ("softmax([2, 1, 0]) ≈ [0.665, 0.245, 0.091]", false),
        ("-softmax([2, 1, 0], temperature: 0.5)[0] ≈ -0.867", true),
        ("-softmax([2, 1, 0], temperature: 0.5)[0] ≈ -0.866", false),
    ])
    func testApproximateLiteral(code: String, expected: Bool) {
        #expect(Compute.value(code) == .bool(expected))
    }

    @Test("≈ between computed values, or with an integer literal, is relative 1e-9")
    func testApproximateRelative() {
        #expect(Compute.value("exp(1) ≈ exp(0.5) * exp(0.5)") == .bool(true))
        #expect(Compute.value("let a = 1000.0\nlet b = a + 1e-7\na ≈ b") == .bool(true))  // 1e-10 relative
        #expect(Compute.value("let a = 1000.0\nlet b = a + 1e-5\na ≈ b") == .bool(false))  // 1e-8 relative
        #expect(Compute.value("sum(softmax([2, 1, 0])) ≈ 1") == .bool(true))
        #expect(Compute.value("let s = 1 + 1e-7\ns ≈ 1") == .bool(false))
        #expect(Compute.value("let s = 1 + 1e-7\ns ≈ 1.0") == .bool(true))  // one decimal: ±0.05
    }

    // MARK: #expect

    @Test("#expect records passing expectations without diagnostics")
    func testExpectPasses() {
        let run = Compute.run("let z: Vector = [2, 1, 0]\n#expect(sum(softmax(z, temperature: 2)) ≈ 1)\n#expect(z[0] > z[1], \"sorted\")")
        #expect(run.diagnostics.isEmpty)
        #expect(run.expectations.map(\.passed) == [true, true])
        #expect(run.expectations.first?.condition == "sum(softmax(z, temperature: 2)) ≈ 1")
        #expect(run.expectations.map(\.position.line) == [2, 3])
        #expect(run.outputs.isEmpty)
    }

    @Test("a failed #expect is an error showing both sides")
    func testExpectFails() throws {
        let run = Compute.run("let x = 1\n#expect(x + 1 == 3)")
        #expect(run.expectations.map(\.passed) == [false])
        let error = try #require(Compute.onlyError("let x = 1\n#expect(x + 1 == 3)"))
        #expect(error.message == "expectation failed: x + 1 == 3")
        #expect(Compute.place(error) == [2, 1])
        #expect(error.notes.map(\.message) == ["left side is 2", "right side is 3"])
    }

    @Test("a failed #expect carries its comment")
    func testExpectComment() throws {
        let error = try #require(Compute.onlyError(#"#expect(1 > 2, "one is small")"#))
        #expect(error.message == "expectation failed: 1 > 2 (one is small)")
    }

    @Test("a failed #expect shows every digit when six would hide the difference")
    func testExpectNotesPrecision() throws {
        let error = try #require(Compute.onlyError("let s = 1 + 1e-7\n#expect(s ≈ 1)"))
        #expect(error.notes.map(\.message) == ["left side is \(1 + 1e-7)", "right side is 1"])
    }

    @Test("#expect of a Bool that is not a comparison")
    func testExpectBool() {
        #expect(Compute.run("#expect(true && !false)").expectations.map(\.passed) == [true])
        let error = Compute.onlyError("#expect(false)")
        #expect(error?.message == "expectation failed: false")
        #expect(error?.notes == [])
    }

    // MARK: Outputs

    @Test("outputs carry their range and positions; multi-line expressions end on their last line")
    func testOutputPositions() throws {
        let code = "let z = [2, 1, 0]\nsoftmax(z,\n        temperature: 2)\n  sum(z) // => 3\n"
        let run = Compute.run(code)
        #expect(run.diagnostics.isEmpty)
        #expect(run.outputs.count == 2)
        let first = try #require(run.outputs.first)
        let start = code.utf8.count - code.drop { $0 != "s" }.utf8.count
        let source = "softmax(z,\n        temperature: 2)"
        #expect(first.range == start..<(start + source.utf8.count))
        #expect(first.source == source)
        let firstStart: [Int] = [first.start.line, first.start.column, first.start.offset]
        let firstEnd: [Int] = [first.end.line, first.end.column]
        #expect(firstStart == [2, 1, start])
        #expect(firstEnd == [3, 24])
        let second = try #require(run.outputs.last)
        #expect(second.source == "sum(z)")
        let secondPlace: [Int] = [second.start.line, second.start.column, second.end.line, second.end.column]
        #expect(secondPlace == [4, 3, 4, 9])
        #expect(second.value == .real(3))
    }

    @Test("columns are UTF-8 bytes")
    func testUTF8Columns() {
        let run = Compute.run("let π = 3.14\nπ * 2\nπ + unknown")
        #expect(run.outputs.first.map { [$0.start.line, $0.start.column, $0.end.column] } == [2, 1, 7])
        #expect(run.outputs.first?.value == .real(6.28))
        #expect(Compute.place(run.diagnostics.first) == [3, 6])
    }
}
