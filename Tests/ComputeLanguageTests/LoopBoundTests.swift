import Foundation
import Testing
@testable import ComputeLanguage

/// Issue 12, item 6: loops and calls are bounded. Every iteration, call, statement and expression inside them is a
/// step at `WorkWeight.step` units, so `while true {}` ends in one located error at the loop; recursion has a depth
/// limit (a located error, not a stack overflow); an array that grows in a loop stops at the element limit.
@Suite("Loop bounds: endless loops, unbounded recursion and growing arrays end in one located error")
struct LoopBoundTests {
    @Test("while true {} ends at the work limit, pointing at the loop, in well under a second")
    func testEndlessWhile() throws {
        let start = ContinuousClock.now
        let run = Compute.run("let a = 1\nwhile true {}\nlet b = 2")
        let elapsed = ContinuousClock.now - start
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "this lesson exceeds its work limit of 2000000000 operations")
        #expect(Compute.place(error) == [2, 1])
        #expect(elapsed < .seconds(1), "\(elapsed)")
    }

    @Test("an endless loop with a body, and an endless for over a huge range, end at the loop too", arguments: [
        ("var x = 0\nwhile x >= 0 {\n  x = x + 1\n}", [2, 1]),
        ("var x = 0\nfor i in 0..<Int.max { x = i }", [2, 1]),
        ("var x = 0\nrepeat {\n  x += 1\n} while true", [2, 1]),
    ])
    func testEndlessLoops(code: String, place: [Int]) throws {
        let start = ContinuousClock.now
        let run = Compute.run(code.replacingOccurrences(of: "Int.max", with: "9223372036854775807"))
        let elapsed = ContinuousClock.now - start
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "this lesson exceeds its work limit of 2000000000 operations")
        #expect(Compute.place(error) == place)
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }

    @Test("unbounded recursion is one located error at the call that goes too deep, not a stack overflow")
    func testUnboundedRecursion() throws {
        let run = Compute.run("func f(_ n: Int) -> Int {\n  return f(n + 1) + 1\n}\nf(0)")
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "calls nest more than \(Interpreter.maximumCallDepth) deep (in 'f'): swift-compute bounds recursion; is there a base case that returns?")
        #expect(Compute.place(error) == [2, 10])
        // Deep nesting inside each level is safe too: loops and conditions around the recursive call.
        let nested = "func g(_ n: Int) -> Int {\n  for i in 0..<1 {\n    if n > 0 {\n      while true {\n        return g(n - 1) + i + 1\n      }\n    }\n  }\n  return 0\n}\n"
        #expect(Compute.value(nested + "g(\(Interpreter.maximumCallDepth - 1))") == .integer(Interpreter.maximumCallDepth - 1))
        #expect(Compute.run(nested + "g(\(Interpreter.maximumCallDepth + 5))").diagnostics.count == 1)
        // Mutual recursion and closures count too.
        let mutual = Compute.run("func a(_ n: Int) -> Int { b(n) }\nfunc b(_ n: Int) -> Int { a(n) }\na(1)")
        #expect(mutual.diagnostics.count == 1)
    }

    @Test("an array appended to in an endless loop stops at the element limit, located at the append")
    func testGrowingArray() throws {
        let limits = Limits(maxElements: 1000)
        let run = Compute.run("var xs = (0..<0).map { $0 }\nwhile true {\n  xs.append(1)\n}", limits: limits)
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "a value of 1001 elements exceeds the limit of 1000 elements per value")
        #expect(Compute.place(error) == [3, 3])
        #expect(error.notes.map(\.message) == ["in iteration 1001 of the loop"])
        // Concatenation and map are checked before they are stored.
        let doubled = Compute.run("var xs = (0..<600).map { $0 }\nxs = xs + xs", limits: limits)
        #expect(doubled.diagnostics.map(\.message) == ["a value of 1200 elements exceeds the limit of 1000 elements per value"])
        let mapped = Compute.run("let ys = (0..<5000).map { $0 }", limits: limits)
        #expect(mapped.diagnostics.map(\.message) == ["a value of 5000 elements exceeds the limit of 1000 elements per value"])
    }

    @Test("each iteration, call and closure invocation costs a step of work")
    func testStepsCharged() {
        func work(_ code: String) -> Int {
            var session = ComputeSession()
            let run = session.run(code)
            #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
            return session.work
        }
        let ten = work("var s = 0\nfor i in 0..<10 { s += i }")
        let hundred = work("var s = 0\nfor i in 0..<100 { s += i }")
        #expect(hundred - ten >= 90 * 3 * WorkWeight.step)
        let calls = work("func f(_ x: Int) -> Int { x }\nlet a = f(1)\nlet b = f(2)") - work("func f(_ x: Int) -> Int { x }\nlet a = f(1)")
        #expect(calls >= WorkWeight.step)
        let closures = work("let ys = (0..<50).map { $0 * 2 }") - work("let ys = (0..<10).map { $0 * 2 }")
        #expect(closures >= 40 * WorkWeight.step)
    }

    @Test("a loop that fills a 64×64 matrix cell by cell fits the default budget; 256×256 does not")
    func testMatrixFill() throws {
        let fill = { (n: Int) in
            Compute.run("var m = zeros(rows: \(n), columns: \(n))\nfor i in 0..<\(n) {\n  for j in 0..<\(n) {\n    m[i, j] = i + j\n  }\n}\nm[\(n - 1), \(n - 2)]")
        }
        let small = fill(64)
        #expect(small.diagnostics.isEmpty, "\(small.diagnostics.map(\.message))")
        #expect(small.outputs.last?.value == .real(63 + 62))
        let large = fill(256)
        #expect(large.diagnostics.map(\.message) == ["this lesson exceeds its work limit of 2000000000 operations"])
        #expect(Compute.place(large.diagnostics.first) == [3, 3])
    }
}

/// Strides are counted before they are made, even when their length overflows a `Double`.
@Suite("Loop bounds: strides")
struct StrideBoundTests {
    @Test("a stride too long to make is one located error at the call", arguments: [
        "stride(from: 0.0, to: 1e300, by: 1e-300)",
        "stride(from: 0, to: 9223372036854775807, by: 1)",
        "stride(from: 0.0, through: 1e7, by: 1.0)",
    ])
    func testHugeStride(call: String) throws {
        let start = ContinuousClock.now
        let error = try #require(Compute.onlyError("let s = " + call))
        #expect(error.message.hasPrefix("a value of "))
        #expect(error.message.hasSuffix("exceeds the limit of 1000000 elements per value"))
        #expect(Compute.place(error) == [1, 9])
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test("strides of reals compute each element from the start, as Swift does: 0.1 · 3 is 0.30000000000000004")
    func testStrideElements() {
        #expect(Compute.value("stride(from: 0.0, to: 0.35, by: 0.1).map { $0 }")
            == .list(ValueList([0.0, 0.1, 0.2, 0.30000000000000004].map(Value.real), of: "Double")))
        #expect(Compute.value("stride(from: 3, through: -3, by: -3).map { $0 }") == .list(ValueList([3, 0, -3].map(Value.integer), of: "Int")))
        #expect(Compute.value("stride(from: 0, to: 0, by: 1).map { $0 }") == .list(ValueList([], of: "Int")))
    }
}

/// Values nest only so deep: `x = [x]` in a loop stops with an error rather than nesting until the stack overflows.
@Suite("Loop bounds: nesting")
struct NestingBoundTests {
    @Test("arrays and tuples nested by a reduction stop at the type-name limit, located, in no time", arguments: [
        ("(0..<100000).reduce([true]) { acc, _ in [acc] }", [1, 41]),
        ("(0..<100000).reduce((1, 2)) { t, _ in (t, t) }", [1, 39]),
    ])
    func testNesting(code: String, place: [Int]) throws {
        let start = ContinuousClock.now
        let error = try #require(Compute.onlyError(code))
        #expect(error.message.hasPrefix("this value nests arrays, tuples or optionals too deeply"))
        #expect(Compute.place(error) == place)
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test("a range subscript with Int.min is an error, not an overflow")
    func testRangeSubscript() {
        ErrorCase("let r = 0..<3\nr[-9223372036854775807 - 1]", "index -9223372036854775808 is out of range 0...2 of this Range<Int>", 2, 3).check()
    }
}
