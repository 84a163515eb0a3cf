import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 12, item 3: numbers as Swift has them. Expected values come from Foundation's libm and Swift's own
/// operators (the interpreter must agree with what the same code does under swiftc), or from the formulas.
@Suite("Swift's numbers: conversions, .pi, log2/log10/exp2, max/min, %, squareRoot, rounded")
struct SwiftNumberTests {
    @Test("log2, log10 and exp2 are libm's, of numbers, vectors and matrices")
    func testLogarithms() {
        for x in [0.001, 0.1, 0.5, 1, 2, 3, 10, 1024, 1e300] {
            #expect(Compute.value("log2(\(x))") == .real(Foundation.log2(x)), "log2(\(x))")
            #expect(Compute.value("log10(\(x))") == .real(Foundation.log10(x)), "log10(\(x))")
        }
        for x in [-3.0, -0.5, 0, 0.5, 1, 10, 52.5] {
            #expect(Compute.value("exp2(\(x))") == .real(Foundation.exp2(x)), "exp2(\(x))")
        }
        #expect(Compute.value("log2(8)") == .real(3))
        #expect(Compute.value("log10(1000)") == .real(3))
        #expect(Compute.value("exp2(10)") == .real(1024))
        #expect(Compute.vector("log2([1, 2, 4, 0.5])") == [0, 1, 2, -1])
        #expect(Compute.matrix("exp2([[0, 1], [-1, 3]])") == [[1, 2], [0.5, 8]])
        // 2^(log2 x) = x: the two are inverses up to rounding.
        #expect(isClose(Compute.real("exp2(log2(7.25))"), 7.25, tolerance: 1e-15))
        Self.expectError("log2(0)", "the result of 'log2(0)' is not finite (-inf)", [1, 1])
        Self.expectError("log10(-1)", "the result of 'log10(-1)' is not finite (nan)", [1, 1])
        Self.expectError("exp2(2000)", "the result of 'exp2(2000)' is not finite (inf)", [1, 1])
    }

    @Test("Double(_:) converts an Int; Int(_:) truncates toward zero, as Swift does")
    func testConversions() {
        #expect(Compute.value("Double(7)") == .real(7))
        #expect(Compute.value("Double(7) / 2") == .real(3.5))
        #expect(Compute.value("Double(2.5)") == .real(2.5))
        #expect(Compute.value("Double(9007199254740993)") == .real(Double(9_007_199_254_740_993)))
        #expect(Compute.value("Int(7)") == .integer(7))
        for x in [2.7, -2.7, 0.5, -0.5, 1e15 + 0.5, 9.2e18, -9.2e18, 123456.999] {
            #expect(Compute.value("Int(\(x))") == .integer(Int(x)), "Int(\(x))")
        }
        #expect(Compute.value("Int(-9223372036854775808.0)") == .integer(.min))
        #expect(Compute.value("let n = 7\nInt(Double(n) * 1.5)") == .integer(10))
        let range = "Int: x must be in Int's range −2⁶³ ≤ x < 2⁶³ to convert to Int, got"
        Self.expectError("Int(9223372036854775808.0)", "\(range) 9.223372036854776e+18", [1, 1])
        Self.expectError("Int(-1e19)", "\(range) -1e+19", [1, 1])
        // The first overload, Int(_: Int), explains the mismatch (swiftc lists its candidates).
        Self.expectError("Int(\"7\")", "cannot convert value of type 'String' to expected argument type 'Int'", [1, 5])
    }

    @Test("Double.pi, and .pi where a Double is expected")
    func testPi() {
        #expect(Compute.value("Double.pi") == .real(Double.pi))
        #expect(Compute.value("let x: Double = .pi\nx") == .real(Double.pi))
        #expect(Compute.value("let x: Double = .pi / 2\nx") == .real(Double.pi / 2))
        #expect(Compute.value("let x: Double = 2 * .pi\nx") == .real(2 * Double.pi))
        #expect(Compute.value("let x: Double = -.pi\nx") == .real(-Double.pi))
        #expect(Compute.value("sin(Double.pi / 2)") == .real(Foundation.sin(Double.pi / 2)))
        // A Double parameter gives .pi its type: softmax([1, 0], temperature: π)₀ = 1 / (1 + e^(−1/π)).
        #expect(isClose(Compute.vector("softmax([1, 0], temperature: .pi)")?.first, 1 / (1 + Foundation.exp(-1 / Double.pi))))
        Self.expectError("Double", "expected member name or constructor call after type name", [1, 1])
        Self.expectError("Double.e", "type 'Double' has no member 'e'", [1, 8])
        Self.expectError("2 * .pi", "cannot infer contextual base in reference to member 'pi'", [1, 5])
    }

    @Test("Int.max and Int.min, and the limits of Double, are Swift's; .max alone where an Int is expected")
    func testLimits() {
        #expect(Compute.value("Int.max") == .integer(Int.max))
        #expect(Compute.value("Int.min") == .integer(Int.min))
        #expect(Compute.value("let n: Int = .max\nn") == .integer(Int.max))
        #expect(Compute.value("Double.ulpOfOne") == .real(Double.ulpOfOne))
        #expect(Compute.value("Double.greatestFiniteMagnitude") == .real(Double.greatestFiniteMagnitude))
        #expect(Compute.value("Double.leastNormalMagnitude") == .real(Double.leastNormalMagnitude))
        #expect(Compute.value("Double.leastNonzeroMagnitude") == .real(Double.leastNonzeroMagnitude))
        // ε = 2⁻⁵²: 1 + ε is the next Double after 1, and 1 + ε/2 rounds back to 1 (ties to even).
        #expect(Compute.value("1 + Double.ulpOfOne > 1") == .bool(true))
        #expect(Compute.value("1 + Double.ulpOfOne / 2 == 1") == .bool(true))
        #expect(Compute.value("Double.ulpOfOne == exp2(-52)") == .bool(true))
        Self.expectError("Int.max + 1", "arithmetic operation '+' overflows 'Int'", [1, 9])
        Self.expectError("Int", "expected member name or constructor call after type name", [1, 1])
        Self.expectError("Double.infinity", "type 'Double' has no member 'infinity'", [1, 8])
    }

    @Test("max(_:_:) and min(_:_:) keep Ints as Ints and follow Swift on equal values")
    func testMaxMin() {
        #expect(Compute.value("max(3, 7)") == .integer(7))
        #expect(Compute.value("min(3, 7)") == .integer(3))
        #expect(Compute.value("max(-2, -5)") == .integer(-2))
        #expect(Compute.value("max(2, 3.5)") == .real(3.5))
        #expect(Compute.value("min(2.5, 1)") == .real(1))
        #expect(Compute.value("max([1, 5, 2])") == .real(5))
        // Swift's max returns y when x == y, min returns x: max(0.0, -0.0) is -0.0, min(-0.0, 0.0) is -0.0.
        #expect(Compute.value("max(0.0, -0.0)")?.realValue?.sign == Swift.max(0.0, -0.0).sign)
        #expect(Compute.value("min(-0.0, 0.0)")?.realValue?.sign == Swift.min(-0.0, 0.0).sign)
        // Swift's variadic max(_:_:_:_:) and min(_:_:_:_:): three or more arguments.
        #expect(Compute.value("max(1, 2, 3)") == .integer(3))
        #expect(Compute.value("max(4, -2, 9, 1, 9, 3)") == .integer(9))
        #expect(Compute.value("min(4, -2, 9, 1, -2, 3)") == .integer(-2))
        #expect(Compute.value("max(1, 2.5, 2)") == .real(2.5))
        #expect(Compute.value("min(0.5, 2, -1.5, 7)") == .real(-1.5))
        let signatures = BuiltinRegistry.named("max").map(\.signature)
        #expect(signatures.contains("max(_ x: Int, _ y: Int, _ z: Int, _ rest: Int...) -> Int"))
        Self.expectError("max(1, 2, [3])", "cannot convert value of type 'Vector' to expected argument type 'Int'", [1, 11])
    }

    @Test("% is Swift's remainder on Ints: (a / b)·b + a % b = a, with the sign of a")
    func testRemainder() {
        var lines: [String] = []
        var expected: [Int] = []
        for a in [-9, -7, -1, 0, 1, 6, 7, 100, Int.max] {
            for b in [-4, -3, -1, 1, 3, 7] {
                lines.append("\(a) % \(b)")
                expected.append(a % b)
            }
        }
        let run = Compute.run(lines.joined(separator: "\n"))
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.outputs.map(\.value) == expected.map(Value.integer))
        // (n / d)·d + n % d = n; the truncating division is a warning, not an error.
        let identity = Compute.run("let n = -17\nlet d = 5\n(n / d) * d + n % d")
        #expect(identity.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(identity.outputs.last?.value == .integer(-17))
        Self.expectError("5 % 0", "division by zero in remainder operation", [1, 5])
        Self.expectError("let m = -9223372036854775808\nm % -1", "division results in an overflow in remainder operation", [2, 3])
        Self.expectError("7.5 % 2", "'%' is unavailable: For floating point numbers use truncatingRemainder instead", [1, 5])
        Self.expectError("[1, 2] % 2", "binary operator '%' cannot be applied to operands of type 'Vector' and 'Int'", [1, 8])
    }

    @Test("squareRoot(), rounded() with Swift's rules, and truncatingRemainder(dividingBy:) on a Double")
    func testMethods() {
        for x in [0.0, 0.25, 2, 10, 1e300] {
            #expect(Compute.value("\(x).squareRoot()") == .real(Foundation.sqrt(x)), "\(x)")
        }
        #expect(Compute.value("2.squareRoot()") == .real(Foundation.sqrt(2)))
        #expect(Compute.value("let x = 6.25\nx.squareRoot()") == .real(2.5))
        let rules: [(String, FloatingPointRoundingRule)] = [
            ("up", .up), ("down", .down), ("towardZero", .towardZero), ("awayFromZero", .awayFromZero),
            ("toNearestOrEven", .toNearestOrEven), ("toNearestOrAwayFromZero", .toNearestOrAwayFromZero),
        ]
        for x in [2.5, -2.5, 3.5, 2.7, -2.1, 0.0] {
            #expect(Compute.value("(\(x)).rounded()") == .real(Foundation.round(x)), "\(x)")
            for (name, rule) in rules {
                #expect(Compute.value("(\(x)).rounded(.\(name))") == .real(x.rounded(rule)), "\(x) \(name)")
            }
        }
        #expect(Compute.value("2.5.rounded(FloatingPointRoundingRule.down)") == .real(2))
        for (x, y) in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1e10 + 0.25, 3.0)] {
            #expect(Compute.value("(\(x)).truncatingRemainder(dividingBy: \(y))") == .real(Foundation.fmod(x, y)), "\(x), \(y)")
        }
        Self.expectError("let n = 2\nn.squareRoot()", "value of type 'Int' has no member 'squareRoot'", [2, 3])
        Self.expectError("[1, 2].rounded()", "value of type 'Vector' has no member 'rounded'", [1, 8])
        Self.expectError("(-1.0).squareRoot()", "the result of '(-1.0).squareRoot()' is not finite (nan)", [1, 1])
        Self.expectError("2.0.squareRoot(1)", "argument passed to call that takes no arguments", [1, 16])
        Self.expectError("2.5.rounded(2)", "cannot convert value of type 'Int' to expected argument type 'FloatingPointRoundingRule'", [1, 13])
        let misspelt = Compute.onlyError("2.5.rounded(.towardsZero)")
        #expect(misspelt?.message == "type 'FloatingPointRoundingRule' has no member 'towardsZero'")
        #expect(Compute.place(misspelt) == [1, 14])
        #expect(misspelt?.notes.map(\.message) == ["did you mean 'towardZero'?"])
        Self.expectError("7.5.truncatingRemainder(2)", "missing argument label 'dividingBy:' in call", [1, 25])
        Self.expectError("7.5.truncatingRemainder(by: 2)", "incorrect argument label in call (have 'by:', expected 'dividingBy:')", [1, 25])
        Self.expectError("7.5.truncatingRemainder()", "missing argument for parameter 'dividingBy' in call", [1, 25])
        Self.expectError("7.5.truncatingRemainder(dividingBy: 0)", "the result of '7.5.truncatingRemainder(dividingBy: 0)' is not finite (nan)", [1, 1])
    }

    @Test("Vector(_:) and Matrix(rows:) build vectors and matrices from arrays")
    func testConstructors() {
        #expect(Compute.vector("Vector([0.5, 1, 2])") == [0.5, 1, 2])
        #expect(Compute.vector("let xs = [3, 1]\nVector(xs)") == [3, 1])
        #expect(Compute.matrix("Matrix(rows: [[1, 2], [3, 4]])") == [[1, 2], [3, 4]])
        #expect(Compute.matrix("let a: Vector = [1, 2]\nlet b: Vector = [3, 4]\nMatrix(rows: [a, b])") == [[1, 2], [3, 4]])
        Self.expectError("Matrix(rows: [1, 2])", "cannot convert value of type 'Vector' to expected argument type 'Matrix'", [1, 14])
        Self.expectError("Vector(identity(2))", "cannot convert value of type 'Matrix' to expected argument type 'Vector'", [1, 8])
        Self.expectError("Matrix([[1, 2]])", "incorrect argument labels in call (have 'Matrix(_:)', expected 'Matrix(rows:)')", [1, 8])
    }

    /// Expects exactly one error, with this message, at this line and column.
    private static func expectError(_ code: String, _ message: String, _ place: [Int], sourceLocation: SourceLocation = #_sourceLocation) {
        let error = Compute.onlyError(code, sourceLocation: sourceLocation)
        #expect(error?.message == message, sourceLocation: sourceLocation)
        #expect(Compute.place(error) == place, sourceLocation: sourceLocation)
    }
}
