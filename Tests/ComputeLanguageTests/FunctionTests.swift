import Testing
@testable import ComputeLanguage

/// Issue 12: `func` declarations with labels, defaults and return types, recursion, closures (named parameters,
/// `$0`, trailing), and functions as values. Expected values worked by hand: 10! = 3,628,800, fib(15) = 610,
/// gcd(1071, 462) = 21 (Euclid's own example).
@Suite("Functions and closures")
struct FunctionTests {
    @Test("functions with labels, defaults, implicit and explicit returns, recursion", arguments: [
        ("func fact(_ n: Int) -> Int { n <= 1 ? 1 : n * fact(n - 1) }\nfact(10)", Value.integer(3_628_800)),
        ("func fib(_ n: Int) -> Int {\n  if n < 2 { return n }\n  return fib(n - 1) + fib(n - 2)\n}\nfib(15)", .integer(610)),
        ("func gcd(_ a: Int, _ b: Int) -> Int {\n  var (x, y) = (a, b)\n  while x != y { if x > y { x -= y } else { (x, y) = (y, x) } }\n  return x\n}\ngcd(1071, 462)", .integer(21)),
        ("func scale(_ x: Double, by factor: Double = 2) -> Double { x * factor }\nscale(3) + scale(1, by: 10)", .real(16)),
        ("func greet(name: String = \"you\", times n: Int) -> String { \"\\(name)×\\(n)\" }\ngreet(times: 2)", .string("you×2")),
        ("func one() -> Double { return 1 }\none()", .real(1)),
        ("func apply(_ f: (Int) -> Int, to x: Int) -> Int { f(x) }\napply({ $0 * 3 }, to: 5)", .integer(15)),
        ("func apply(_ x: Int, _ f: (Int) -> Int) -> Int { f(x) }\napply(4) { n in n + 1 }", .integer(5)),
        ("let square = { (x: Int) -> Int in x * x }\nsquare(7)", .integer(49)),
        ("let add: (Int, Int) -> Int = { $0 + $1 }\nadd(2, 3)", .integer(5)),
        ("func outer(_ x: Int) -> Int {\n  func inner(_ y: Int) -> Int { y + x }\n  return inner(10)\n}\nouter(5)", .integer(15)),
        ("func count(_ n: Int) -> Int {\n  func down(_ k: Int) -> Int { k == 0 ? 0 : 1 + down(k - 1) }\n  return down(n)\n}\ncount(20)", .integer(20)),
        ("func noResult(_ x: Int) { let y = x }\nnoResult(1)\n3", .integer(3)),
    ])
    func testValues(code: String, expected: Value) {
        #expect(Compute.value(code) == expected)
    }

    @Test("a function declared in one block is called from later ones; an error inside it is located at the call")
    func testAcrossBlocks() throws {
        var session = ComputeSession()
        #expect(session.run("func inverse(_ x: Double) -> Double {\n  return 1 / x\n}").diagnostics.isEmpty)
        #expect(session.run("inverse(4)").outputs.map(\.value) == [.real(0.25)])
        let run = session.run("let a = 1\nlet b = inverse(0)")
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "division by zero")
        #expect(Compute.place(error) == [2, 9])
        #expect(error.notes.map(\.message) == ["in 'inverse', declared in an earlier block: x"])
    }

    @Test("calls and declarations use swiftc's wording", arguments: [
        ErrorCase("func f(x: Int) -> Int { x }\nf(2)", "missing argument label 'x:' in call", 2, 3),
        ErrorCase("func f(_ x: Int) -> Int { x }\nf(x: 2)", "extraneous argument label 'x:' in call", 2, 3),
        ErrorCase("func f(x: Int) -> Int { x }\nf(y: 2)", "incorrect argument label in call (have 'y:', expected 'x:')", 2, 3),
        ErrorCase("func f(x: Int) -> Int { x }\nf(x: 1, 2)", "extra argument in call", 2, 9),
        ErrorCase("func f(x: Int, y: Int) -> Int { x }\nf(x: 1)", "missing argument for parameter 'y' in call", 2, 7),
        ErrorCase("func f(_ x: Int) -> Int { x }\nf(\"a\")", "cannot convert value of type 'String' to expected argument type 'Int'", 2, 3),
        ErrorCase("func f(_ x: Int) -> Int {\n  if x > 0 { return 1 }\n}", "missing return in global function expected to return 'Int'", 3, 1),
        ErrorCase("func f(_ x: Int) -> Int {\n  return \"a\"\n}\nf(1)", "cannot convert return expression of type 'String' to return type 'Int'", 2, 10),
        ErrorCase("func f() {\n  return 1\n}\nf()", "unexpected non-void return value in void function", 2, 10),
        ErrorCase("func f() -> Int {\n  return\n}\nf()", "non-void function should return a value", 2, 3),
        ErrorCase("func f(_ x: Foo) {}", "cannot find type 'Foo' in scope; swift-compute has Int, Double, Bool, String, Vector, Matrix, "
            + "arrays, dictionaries, tuples, optionals and function types of them", 1, 13),
        ErrorCase("let x = 3\nx(1)", "cannot call value of non-function type 'Int'", 2, 1),
        ErrorCase("func f() -> Int { 1 }\nfunc f() -> Int { 2 }", "invalid redeclaration of 'f'", 2, 6),
        ErrorCase("[1, 2, 3].map { $0 + $1 }", "contextual closure type expects 1 argument, but 2 were used in closure body", 1, 15),
        ErrorCase("var total = 0\nfunc add(_ x: Int) -> Int {\n  var t = 0\n  let f = { t += x }\n  f()\n  return t\n}\nadd(1)",
                  "a closure or nested function in swift-compute cannot change the captured local variable 't'; "
                    + "return the new value instead, or use reduce(into:_:)", 4, 13),
    ])
    func testErrors(error: ErrorCase) {
        error.check()
    }

    @Test("a closure sees the locals of its block as they were when it was made, and the lesson's names as they are")
    func testCapture() {
        #expect(Compute.value("var g = 1\nlet f = { g * 10 }\ng = 2\nf()") == .integer(20))
        #expect(Compute.value("func make(_ k: Int) -> (Int) -> Int {\n  return { $0 * k }\n}\nlet triple = make(3)\ntriple(5)") == .integer(15))
        #expect(Compute.value("var total = 0\n(1...3).forEach { total += $0 }\ntotal") == .integer(6))
    }

    @Test("functions are values of their own kind, shown by their type")
    func testFunctionValues() {
        let value = Compute.value("func f(_ x: Int, y: Double) -> Double { y }\nf")
        guard case let .function(function)? = value else {
            Issue.record("expected a function, got \(String(describing: value))")
            return
        }
        #expect(function.typeName == "(Int, Double) -> Double")
        #expect(function.selector == "f(_:y:)")
        #expect(value?.typeName == "(Int, Double) -> Double")
        #expect(Compute.value("{ $0 + $1 }")?.typeName == "(_, _) -> _")
        #expect(Compute.value("\"\\({ $0 })\"") == .string("(Function)"))
    }
}
