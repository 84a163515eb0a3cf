import Testing
@testable import ComputeLanguage

@Suite("Interpreter: evaluation errors")
struct InterpreterDiagnosticTests {
    @Test("annotations that do not fit the value", arguments: [
        ErrorCase("let m: Matrix = [1, 2]", "cannot convert value of type 'Vector' to specified type 'Matrix'", 1, 17),
        ErrorCase("let i: Int = 2.5", "cannot convert value of type 'Double' to specified type 'Int'", 1, 14),
        ErrorCase("let l: [Double] = [[1]]", "cannot convert value of type 'Matrix' to specified type '[Double]'", 1, 19),
        ErrorCase("let v: Vector = 1", "cannot convert value of type 'Int' to specified type 'Vector'", 1, 17),
        ErrorCase(
            "let t: Foo = 1", "cannot find type 'Foo' in scope; swift-compute has Int, Double, Bool, String, Vector, Matrix, "
                + "arrays, dictionaries, tuples, optionals and function types of them", 1, 8),
        ErrorCase("let n: Int", "'n' needs a value: swift-compute bindings are initialized where they are declared", 1, 5),
    ])
    func testConversionErrors(error: ErrorCase) {
        error.check()
    }

    @Test("ragged rows and mixed arrays", arguments: [
        ErrorCase("[[1, 2], [3]]", "row 1 has 1 element where the first row has 2: a matrix needs rows of equal length", 1, 10),
        ErrorCase("[[1], [2, 3]]", "row 1 has 2 elements where the first row has 1: a matrix needs rows of equal length", 1, 7),
        ErrorCase(
            "[1, [2]]",
            "cannot mix 'Vector' into an array of 'Double': an array is a vector of numbers or a matrix of equally long rows", 1, 5),
        ErrorCase(
            "[[1], 2]",
            "cannot mix 'Int' into an array of 'Vector': an array is a vector of numbers or a matrix of equally long rows", 1, 7),
        ErrorCase("[1, true]", "an array holds numbers (a vector) or rows of numbers (a matrix), not values of type 'Bool'", 1, 5),
        ErrorCase("[true, 1]", "cannot convert value of type 'Int' to expected element type 'Bool'", 1, 8),
        ErrorCase(#"[1, "a"]"#, "an array holds numbers (a vector) or rows of numbers (a matrix), not values of type 'String'", 1, 5),
        ErrorCase("[[[1]]]", "arrays of matrices are not supported in swift-compute", 1, 2),
    ])
    func testArrayErrors(error: ErrorCase) {
        error.check()
    }

    @Test("Int overflow, division by zero, shapes and operand types", arguments: [
        ErrorCase("9223372036854775807 + 1", "arithmetic operation '+' overflows 'Int'", 1, 21),
        ErrorCase("9223372036854775807 * 2", "arithmetic operation '*' overflows 'Int'", 1, 21),
        ErrorCase("-(-9223372036854775807 - 1)", "arithmetic operation '-' overflows 'Int'", 1, 1),
        ErrorCase("(-9223372036854775807 - 1) / -1", "arithmetic operation '/' overflows 'Int'", 1, 28),
        ErrorCase("9223372036854775808", "integer literal '9223372036854775808' overflows when stored into 'Int'", 1, 1),
        ErrorCase("-9223372036854775809", "integer literal '-9223372036854775809' overflows when stored into 'Int'", 1, 2),
        ErrorCase("1e999", "'1e999' is not a finite floating-point number", 1, 1),
        ErrorCase("1 / 0", "division by zero", 1, 5),
        ErrorCase("1.0 / 0", "division by zero", 1, 7),
        ErrorCase("1 / 0.0", "division by zero", 1, 5),
        ErrorCase("[1, 2] / 0", "division by zero", 1, 10),
        ErrorCase("1e308 * 10", "the result is not finite (inf)", 1, 1),
        ErrorCase("[1, 2] + [1, 2, 3]", "'+' needs operands of one shape, got Vector of 2 and Vector of 3", 1, 8),
        ErrorCase("[[1, 2]] - [[1], [2]]", "'-' needs operands of one shape, got Matrix 1×2 and Matrix 2×1", 1, 10),
        ErrorCase("[[1, 2], [3, 4]] * [[1, 2, 3]]", "matrix product of shapes 2×2 and 1×3 is undefined", 1, 18),
        ErrorCase("[1, 2] * [3, 4]", "binary operator '*' cannot be applied to operands of type 'Vector' and 'Vector'", 1, 8),
        ErrorCase(#""a" < "b""#, "binary operator '<' cannot be applied to operands of type 'String' and 'String'", 1, 5),
        ErrorCase("1 && true", "expected a 'Bool', got a value of type 'Int'", 1, 1),
        ErrorCase("!1", "unary operator '!' cannot be applied to an operand of type 'Int'", 1, 1),
        ErrorCase("[1] ≈ [1, 2]", "'≈' needs operands of one shape, got Vector of 1 and Vector of 2", 1, 5),
        ErrorCase("1 << 2", "operator '<<' is not supported in swift-compute", 1, 3),
    ])
    func testArithmeticErrors(error: ErrorCase) {
        error.check()
    }

    @Test("subscripts and members out of range or of the wrong kind", arguments: [
        ErrorCase("let v = [2, 1, 0]\nv[3]", "index 3 is out of range 0...2 of this Vector", 2, 3),
        ErrorCase("let v = [2, 1, 0]\nv[-1]", "index -1 is out of range 0...2 of this Vector", 2, 3),
        ErrorCase("let m = [[1, 2, 3], [4, 5, 6]]\nm[2]", "index 2 is out of range 0...1 of this Matrix", 2, 3),
        ErrorCase("let m = [[1, 2, 3], [4, 5, 6]]\nm[2, 0]", "index 2 is out of range 0...1 of this Matrix", 2, 3),
        ErrorCase("let m = [[1, 2, 3], [4, 5, 6]]\nm[0, 3]", "index 3 is out of range 0...2 of this Matrix", 2, 6),
        ErrorCase("let e: Vector = []\ne[0]", "index 0 is out of range: the Vector is empty", 2, 3),
        ErrorCase("let v = [2, 1, 0]\nv[1.0]", "an index must be an 'Int'", 2, 3),
        ErrorCase("let v = [2, 1, 0]\nv[0, 1]", "cannot subscript a value of type 'Vector' with 2 indices", 2, 1),
        ErrorCase("2.5[0]", "cannot subscript a value of type 'Double' with 1 index", 1, 1),
        ErrorCase("let v = [2, 1, 0]\nv.T", "value of type 'Vector' has no member 'T'", 2, 3),
        ErrorCase("let m = [[1]]\nm.count", "value of type 'Matrix' has no member 'count'", 2, 3),
    ])
    func testSubscriptErrors(error: ErrorCase) {
        error.check()
    }

    @Test("builtin domain errors", arguments: [
        ErrorCase("softmax([])", "softmax needs at least one element", 1, 1),
        ErrorCase("softmax([1], temperature: -1)", "softmax: temperature must be finite and greater than 0, got -1", 1, 27),
        ErrorCase("softmax([1], temperature: 0)", "softmax: temperature must be finite and greater than 0, got 0", 1, 27),
        ErrorCase("log(0)", "the result of 'log(0)' is not finite (-inf)", 1, 1),
        ErrorCase("sqrt(-1)", "the result of 'sqrt(-1)' is not finite (nan)", 1, 1),
        ErrorCase("exp(1000)", "the result of 'exp(1000)' is not finite (inf)", 1, 1),
    ])
    func testBuiltinDomainErrors(error: ErrorCase) {
        error.check()
    }

    @Test("a failed let does not cascade, in the same cell or later ones")
    func testNoCascade() {
        var session = ComputeSession()
        let first = session.run("let a = foo\na + 1\nlet b = a * 2\n#expect(a ≈ 1)")
        #expect(first.diagnostics.map(\.message) == ["cannot find 'foo' in scope"])
        #expect(first.outputs.isEmpty && first.expectations.isEmpty)
        let later = session.run("a\nb\nsoftmax(a)\na(1)\na.T\na[0]\nlet c = [a, b]\nc")
        #expect(later.diagnostics.isEmpty)
        #expect(later.outputs.isEmpty)
        // A name bound with a syntax error, or by a refused destructuring, is quiet too.
        let syntax = session.run("let d = softmax([1], temperature: )\nd")
        #expect(syntax.diagnostics.map(\.message) == ["expected value in function call"])
        let tuple = session.run("let (u, w) = (1, foo)\nu + w")
        #expect(tuple.diagnostics.map(\.message) == ["cannot find 'foo' in scope"])
        #expect(session.run("u\nw\nd").diagnostics.isEmpty)
        // Rebinding a failed name later works.
        #expect(session.run("let a = 2\na").outputs.map(\.value) == [.integer(2)])
    }

    @Test("redeclaration in one cell is an error; rebinding in a later cell is allowed")
    func testRedeclaration() {
        var session = ComputeSession()
        let first = session.run("let c = 1\nlet c = 2\nc")
        #expect(first.diagnostics.map(\.message) == ["invalid redeclaration of 'c'"])
        #expect(Compute.place(first.diagnostics.first) == [2, 5])
        #expect(first.outputs.map(\.value) == [.integer(1)])
        let later = session.run("let c = 3\nc")
        #expect(later.diagnostics.isEmpty)
        #expect(later.outputs.map(\.value) == [.integer(3)])
        #expect(session.run("var c = 4.5\nc = 5\nc").outputs.map(\.value) == [.real(5)])
        // A declaration that failed still declares its name in its cell.
        let failed = session.run("let d = foo\nlet d = 1\nd")
        #expect(failed.diagnostics.map(\.message) == ["cannot find 'foo' in scope", "invalid redeclaration of 'd'"])
        #expect(failed.outputs.isEmpty)
    }

    @Test("assignment to a let, to an unknown name, and of another type")
    func testAssignmentErrors() throws {
        let constant = try #require(Compute.onlyError("let k = 1\nk = 2"))
        #expect(constant.message == "cannot assign to value: 'k' is a 'let' constant")
        #expect(constant.notes.map(\.message) == ["change 'let' to 'var' to make it mutable"])
        #expect(Compute.place(constant) == [2, 1])
        ErrorCase("q = 3", "cannot find 'q' in scope", 1, 1).check()
        let misspelt = try #require(Compute.onlyError("var total = 0\ntotl = 2"))
        #expect(misspelt.message == "cannot find 'totl' in scope")
        #expect(misspelt.notes.map(\.message) == ["did you mean 'total'?"])
        #expect(Compute.place(misspelt) == [2, 1])
        ErrorCase("var v = 1\nv = \"s\"", "cannot assign value of type 'String' to type 'Int'", 2, 5).check()
        ErrorCase("var v = [1]\nv = [[1]]", "cannot assign value of type 'Matrix' to type 'Vector'", 2, 5).check()
        // The failed assignment leaves the variable as it was.
        #expect(Compute.run("var v = 1\nv = \"s\"\nv").outputs.map(\.value) == [.integer(1)])
    }

    @Test("compound assignments update a var; on a let they are swiftc's error")
    func testCompoundAssignment() throws {
        #expect(Compute.value("var total = 1\ntotal += 2 * 3\ntotal") == .integer(7))
        #expect(Compute.value("var t = 2.0\nt *= 2 + 3\nt -= 1\nt /= 4\nt") == .real(2.25))
        #expect(Compute.value("var s = \"a\"\ns += \"b\"\ns") == .string("ab"))
        let constant = try #require(Compute.onlyError("let k = 1\nk += 2"))
        #expect(constant.message == "cannot assign to value: 'k' is a 'let' constant")
        #expect(Compute.place(constant) == [2, 1])
        ErrorCase("var n = 1\nn += \"x\"", "binary operator '+' cannot be applied to operands of type 'Int' and 'String'", 2, 3).check()
        #expect(Compute.onlyError("1 << 2")?.notes == [])
    }

    @Test("diagnostics come sorted by position")
    func testSorted() {
        let run = Compute.run("""
            let z = [1, 2]
            softmax(z, temperature: )
            1 ≈ 2 ≈ 3
            unknown
            1 / 0
            """)
        let offsets = run.diagnostics.map(\.position.offset)
        #expect(run.diagnostics.count == 4)
        #expect(offsets == offsets.sorted())
        #expect(run.diagnostics.map(\.position.line) == [2, 3, 4, 5])
    }
}
