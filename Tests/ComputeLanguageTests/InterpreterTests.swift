import Foundation
import Testing
import TransformerCore
@testable import ComputeLanguage

@Suite("Interpreter: values")
struct InterpreterTests {
    // MARK: Literals

    @Test("integer literals: underscores, hex, octal, binary, Int.min and Int.max", arguments: [
        ("1_000", 1_000),
        ("0xFF", 255),
        ("0o17", 15),
        ("0b101", 5),
        ("9223372036854775807", Int.max),
        ("-9223372036854775808", Int.min),
        ("-0x10", -16),
    ])
    func testIntegerLiterals(code: String, expected: Int) {
        #expect(Compute.value(code) == .integer(expected))
    }

    @Test("float literals", arguments: [
        ("2.5", 2.5),
        ("2.5e3", 2_500),
        ("1_000.5", 1_000.5),
        ("1e-3", 0.001),
        ("-0.25", -0.25),
    ])
    func testFloatLiterals(code: String, expected: Double) {
        #expect(Compute.value(code) == .real(expected))
    }

    @Test("string literals resolve escapes as Swift does")
    func testStringLiterals() {
        #expect(Compute.value(#""a\tb\n\"q\" \\ \u{41}\u{1F600}""#) == .string("a\tb\n\"q\" \\ A😀"))
        #expect(Compute.value(##"#"raw \n stays"#"##) == .string(#"raw \n stays"#))
        #expect(Compute.value("\"\"\"\n  one\n    two\n  \"\"\"") == .string("one\n  two"))
        #expect(Compute.value(#""héllo".count"#) == .integer(5))
    }

    @Test("bool literals and operators")
    func testBools() {
        #expect(Compute.value("true") == .bool(true))
        #expect(Compute.value("!true") == .bool(false))
        #expect(Compute.value("true && false") == .bool(false))
        #expect(Compute.value("false || true") == .bool(true))
        // The right side is not evaluated when the left decides (1 / 0 would be an error).
        #expect(Compute.value("false && 1 / 0 == 1") == .bool(false))
        #expect(Compute.value("true || 1 / 0 == 1") == .bool(true))
    }

    // MARK: Bindings

    @Test("let and var, with and without annotations")
    func testBindings() throws {
        var session = ComputeSession()
        let run = session.run("""
            let z: Vector = [2, 1, 0]
            let m: Matrix = [[1, 2], [3, 4]]
            let d: Double = 3
            let l: [Double] = [1, 2]
            let mm: [[Double]] = [[1, 2], [3, 4]]
            let n = 7
            var x = 1.5
            let a = 1, b = a + 1
            """)
        #expect(run.diagnostics.isEmpty)
        #expect(run.outputs.isEmpty)
        let env = session.environment
        #expect(env.value(of: "z") == .vector([2, 1, 0]))
        #expect(env.value(of: "m") == .matrix(try Matrix([[1, 2], [3, 4]])))
        #expect(env.value(of: "d") == .real(3))
        #expect(env.value(of: "l") == .vector([1, 2]))
        #expect(env.value(of: "mm") == env.value(of: "m"))
        #expect(env.value(of: "n") == .integer(7))
        #expect(env.value(of: "x") == .real(1.5))
        #expect(env.value(of: "b") == .integer(2))
    }

    @Test("names bound in one cell are visible in later cells")
    func testSharedEnvironment() {
        var session = ComputeSession()
        _ = session.run("let z = [2, 1, 0]")
        let run = session.run("z[0] + z[1]")
        #expect(run.outputs.map(\.value) == [.real(3)])
    }

    @Test("a var can be reassigned, keeping its type")
    func testAssignment() {
        #expect(Compute.value("var v = 1\nv = 2\nv") == .integer(2))
        #expect(Compute.value("var d = 1.5\nd = 2\nd") == .real(2))
        #expect(Compute.value("var w = [1, 2]\nw = [3, 4, 5]\nw") == .vector([3, 4, 5]))
    }

    // MARK: Arrays

    @Test("array literals: vectors, matrices, empty")
    func testArrays() {
        #expect(Compute.vector("[2, 1.5, -3]") == [2, 1.5, -3])
        #expect(Compute.matrix("[[1, 2, 3], [4, 5, 6]]") == [[1, 2, 3], [4, 5, 6]])
        #expect(Compute.vector("[]") == [])
        #expect(Compute.matrix("[[1], [2]]") == [[1], [2]])
    }

    // MARK: Arithmetic

    @Test("integer arithmetic stays Int")
    func testIntegerArithmetic() {
        #expect(Compute.value("2 + 3 * 4") == .integer(14))
        #expect(Compute.value("(2 + 3) * 4") == .integer(20))
        #expect(Compute.value("8 / 2") == .integer(4))
        #expect(Compute.value("-(-3)") == .integer(3))
        #expect(Compute.value("+3") == .integer(3))
    }

    @Test("truncating Int division gives Swift's result and a warning")
    func testTruncatingDivision() throws {
        let run = Compute.run("7 / 2")
        #expect(run.outputs.map(\.value) == [.integer(3)])
        let warning = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "integer division 7 / 2 truncates to 3; write 7.0 / 2 for a fractional result")
        #expect(!run.hasErrors)
        #expect(Compute.run("-7 / 2").outputs.map(\.value) == [.integer(-3)])
    }

    @Test("real arithmetic follows IEEE doubles")
    func testRealArithmetic() {
        #expect(Compute.value("0.1 + 0.2") == .real(0.1 + 0.2))
        #expect(Compute.value("7.0 / 2") == .real(3.5))
        #expect(Compute.value("2 * 3.5") == .real(7))
        #expect(Compute.value("1 - 0.75") == .real(0.25))
    }

    @Test("vector and matrix arithmetic")
    func testVectorArithmetic() {
        #expect(Compute.vector("[1, 2, 3] + [10, 20, 30]") == [11, 22, 33])
        #expect(Compute.vector("[1, 2, 3] - [1, 1, 1]") == [0, 1, 2])
        #expect(Compute.vector("2 * [1, 2]") == [2, 4])
        #expect(Compute.vector("[1, 2] * 2") == [2, 4])
        #expect(Compute.vector("[1, 2] / 4") == [0.25, 0.5])
        #expect(Compute.vector("2 - [1, 2]") == [1, 0])
        #expect(Compute.vector("-[1, 2]") == [-1, -2])
        #expect(Compute.matrix("[[1, 2]] + [[3, 4]]") == [[4, 6]])
        #expect(Compute.matrix("0.5 * [[2, 4], [6, 8]]") == [[1, 2], [3, 4]])
    }

    @Test("* between matrices is the matrix product")
    func testMatrixProduct() {
        // [[1, 2], [3, 4]] · [[5, 6], [7, 8]] = [[1·5 + 2·7, 1·6 + 2·8], [3·5 + 4·7, 3·6 + 4·8]]
        #expect(Compute.matrix("[[1, 2], [3, 4]] * [[5, 6], [7, 8]]") == [[19, 22], [43, 50]])
        #expect(Compute.matrix("[[1, 2, 3]] * [[1], [1], [1]]") == [[6]])
    }

    @Test("comparisons")
    func testComparisons() {
        #expect(Compute.value("1 < 2") == .bool(true))
        #expect(Compute.value("2 <= 1") == .bool(false))
        #expect(Compute.value("1.5 >= 1.5") == .bool(true))
        #expect(Compute.value("3 > 2.5") == .bool(true))
        #expect(Compute.value("1 == 1.0") == .bool(true))
        #expect(Compute.value("1 != 2") == .bool(true))
        #expect(Compute.value("[1, 2] == [1, 2]") == .bool(true))
        #expect(Compute.value("[[1, 2]] == [[1, 3]]") == .bool(false))
        #expect(Compute.value(#""a" == "a""#) == .bool(true))
    }

    // MARK: Subscripts and members

    @Test("subscripts v[i], m[i] and m[i, j]")
    func testSubscripts() {
        let m = "let m = [[1, 2, 3], [4, 5, 6]]\n"
        #expect(Compute.value("let v = [2, 1, 0]\nv[0]") == .real(2))
        #expect(Compute.vector(m + "m[1]") == [4, 5, 6])
        #expect(Compute.value(m + "m[1, 2]") == .real(6))
        #expect(Compute.value(m + "m[0][1]") == .real(2))
    }

    @Test("members .T, .rows, .columns, .count")
    func testMembers() {
        let m = "let m = [[1, 2, 3], [4, 5, 6]]\n"
        #expect(Compute.matrix(m + "m.T") == [[1, 4], [2, 5], [3, 6]])
        #expect(Compute.value(m + "m.rows") == .integer(2))
        #expect(Compute.value(m + "m.columns") == .integer(3))
        #expect(Compute.value(m + "m.T.rows") == .integer(3))
        #expect(Compute.value("[2, 1, 0].count") == .integer(3))
    }
}
