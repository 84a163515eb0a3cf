import Testing
@testable import ComputeLanguage

@Suite("Interpreter: calls, names, syntax and unsupported Swift")
struct InterpreterSyntaxDiagnosticTests {
    private static let softmaxSignature = "expected softmax(_ logits: Vector | Matrix, temperature: Double = 1) -> Vector | Matrix"

    @Test("wrong labels name both selectors and show the signature")
    func testWrongLabels() throws {
        let error = try #require(Compute.onlyError("softmax([2, 1, 0], temp: 2)"))
        #expect(error.message == "incorrect argument labels in call (have 'softmax(_:temp:)', expected 'softmax(_:temperature:)')")
        #expect(error.notes.map(\.message) == [Self.softmaxSignature])
        #expect(Compute.place(error) == [1, 20])
        let unlabelled = Compute.onlyError("softmax([1], 2)")
        #expect(unlabelled?.message == "incorrect argument labels in call (have 'softmax(_:_:)', expected 'softmax(_:temperature:)')")
        #expect(Compute.place(unlabelled) == [1, 14])
        let missingLabels = Compute.onlyError("let x = identity(2)\nattention(x, x, x)")
        #expect(missingLabels?.message
                    == "incorrect argument labels in call (have 'attention(_:_:_:)', expected 'attention(q:k:v:mask:scaled:)')")
        #expect(Compute.place(missingLabels) == [2, 11])
        let exp = Compute.onlyError("exp(x: 1)")
        #expect(exp?.message == "incorrect argument labels in call (have 'exp(x:)', expected 'exp(_:)')")
        #expect(exp?.notes.map(\.message) == ["expected exp(_ x: Double | Vector | Matrix) -> Double | Vector | Matrix"])
    }

    @Test("missing, extra and mistyped arguments", arguments: [
        ErrorCase("softmax()", "missing argument for parameter #1 in call", 1, 9),
        ErrorCase("softmax(temperature: 2)", "missing argument for parameter #1 in call", 1, 23),
        ErrorCase("sum([1], [2])", "extra argument in call", 1, 10),
        ErrorCase("softmax([1], temperature: 1, 2)", "extra argument in call", 1, 30),
        ErrorCase("softmax(true)", "cannot convert value of type 'Bool' to expected argument type 'Vector | Matrix'", 1, 9),
        ErrorCase(
            #"softmax([1], temperature: "hot")"#, "cannot convert value of type 'String' to expected argument type 'Double'", 1, 27),
        ErrorCase("pow([1], 2)", "cannot convert value of type 'Vector' to expected argument type 'Double'", 1, 5),
        ErrorCase("let z = [1]\nz(1)", "cannot call value of non-function type 'Vector'", 2, 1),
    ])
    func testArguments(error: ErrorCase) {
        error.check()
    }

    @Test("argument errors carry the signature")
    func testArgumentNotes() {
        #expect(Compute.onlyError("softmax()")?.notes.map(\.message) == [Self.softmaxSignature])
        #expect(Compute.onlyError("softmax(true)")?.notes.map(\.message) == [Self.softmaxSignature])
    }

    @Test("unknown names suggest the nearest known one")
    func testUnknownNames() throws {
        let builtin = try #require(Compute.onlyError("sotfmax([1])"))
        #expect(builtin.message == "cannot find 'sotfmax' in scope")
        #expect(builtin.notes.map(\.message) == ["did you mean 'softmax'?"])
        let bound = try #require(Compute.onlyError("let logits = [1]\nlogit"))
        #expect(bound.message == "cannot find 'logit' in scope")
        #expect(bound.notes.map(\.message) == ["did you mean 'logits'?"])
        #expect(Compute.place(bound) == [2, 1])
        #expect(Compute.onlyError("qqqq")?.notes == [])
    }

    @Test("a function used without calling it")
    func testFunctionWithoutCall() throws {
        let error = try #require(Compute.onlyError("let z = [1]\nsoftmax"))
        #expect(error.message == "function 'softmax' must be called with arguments")
        #expect(error.notes.map(\.message) == ["for example: softmax([2, 1, 0], temperature: 0.5)"])
        #expect(Compute.place(error) == [2, 1])
    }

    @Test("a fix-it of several edits is one suggestion: the span from its first edit to its last, all applied")
    func testMultiEditFixIt() throws {
        let error = try #require(Compute.onlyError("let x = 2\nx x"))
        #expect(error.message == "consecutive statements on a line must be separated by newline or ';'")
        #expect(error.fixIts.map(\.message) == ["insert newline", "insert ';'"])
        for fixIt in error.fixIts {
            var code = Array("let x = 2\nx x".utf8)
            code.replaceSubrange(fixIt.range, with: Array(fixIt.replacement.utf8))
            #expect(["let x = 2\nx \nx", "let x = 2\nx; x"].contains(String(decoding: code, as: UTF8.self)), "\(fixIt)")
        }
    }

    @Test("syntax errors are swift-syntax's, at the right line and column, and spare the other statements")
    func testSyntaxError() throws {
        var session = ComputeSession()
        let run = session.run("let z = [2, 1, 0]\nsoftmax(z, temperature: )")
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.severity == .error)
        #expect(error.message == "expected value in function call")
        #expect(Compute.place(error) == [2, 25])
        #expect(!error.fixIts.isEmpty)
        #expect(run.outputs.isEmpty)
        #expect(session.run("z").outputs.map(\.value) == [.vector([2, 1, 0])])
    }

    @Test("constructs outside the subset are named", arguments: [
        ErrorCase("softmax([1]) { 1 }", "trailing closures on builtins are not supported in swift-compute", 1, 14),
        ErrorCase("struct S {}", "structs are not supported in swift-compute", 1, 1),
        ErrorCase("class C {}", "classes are not supported in swift-compute", 1, 1),
        ErrorCase("protocol P {}", "protocols are not supported in swift-compute", 1, 1),
        ErrorCase("enum E {}", "enum declarations are not supported in swift-compute", 1, 1),
        ErrorCase("extension Int {}", "extensions are not supported in swift-compute", 1, 1),
        ErrorCase("import Foundation", "imports are not supported in swift-compute", 1, 1),
        ErrorCase("func f<T>(_ x: T) -> T { x }", "generic functions are not supported in swift-compute", 1, 7),
        ErrorCase("func f() async {}", "'async' functions are not supported in swift-compute", 1, 10),
        ErrorCase("func f() throws {}", "throwing functions are not supported in swift-compute", 1, 10),
        ErrorCase("func f(_ x: inout Int) {}", "'inout' and other parameter specifiers are not supported in swift-compute", 1, 13),
        ErrorCase("func f(_ x: some Numeric) {}", "opaque and existential types ('some', 'any') are not supported in swift-compute", 1, 13),
        ErrorCase("print(1)", "'print' is not supported in swift-compute: input and output are outside its sandbox; "
            + "a block shows the value of each expression statement", 1, 1),
        ErrorCase("let f = { [x = 1] in x }", "capture lists are not supported in swift-compute", 1, 11),
        ErrorCase("switch 1 { case 1: 1; default: 2 }", "'switch' expressions are not supported in swift-compute", 1, 1),
        ErrorCase("let t = (a: 1, b: 2)", "tuples with labels are not supported in swift-compute", 1, 10),
        ErrorCase("try exp(1)", "'try' expressions are not supported in swift-compute", 1, 1),
        ErrorCase("await exp(1)", "'await' expressions are not supported in swift-compute", 1, 1),
        ErrorCase("defer { }", "'defer' statements are not supported in swift-compute", 1, 1),
        ErrorCase("private let p = 1", "modifiers such as 'private' are not supported in swift-compute", 1, 1),
        ErrorCase("#warning(\"x\")", "macro '#warning' is not supported in swift-compute; it has '#expect(…)'", 1, 1),
    ])
    func testUnsupported(error: ErrorCase) {
        error.check()
    }

    @Test("a Unicode minus is an error with a fix-it to '-'", arguments: [
        ("let y = 3 − 1", 11),
        ("let y = −1", 9),
    ])
    func testUnicodeMinus(code: String, column: Int) throws {
        let error = try #require(Compute.onlyError(code))
        #expect(error.message == "'−' (U+2212 MINUS SIGN) is not Swift's minus; use '-'")
        #expect(Compute.place(error) == [1, column])
        let fixIt = try #require(error.fixIts.first)
        #expect(error.fixIts.count == 1)
        #expect(fixIt.replacement == "-")
        #expect(fixIt.range == (column - 1)..<(column - 1 + "−".utf8.count))
        // Applying the fix-it gives code that runs.
        var bytes = Array(code.utf8)
        bytes.replaceSubrange(fixIt.range, with: Array(fixIt.replacement.utf8))
        #expect(Compute.run(String(decoding: bytes, as: UTF8.self)).diagnostics.isEmpty)
    }
}
