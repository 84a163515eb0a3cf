import Testing
@testable import ComputeLanguage

@Suite("Interpreter: limits and hostile input")
struct InterpreterLimitTests {
    private static let small = Limits(maxElements: 10, maxWork: 1000)

    @Test("a value larger than the element limit is a located error")
    func testElementLimit() {
        let vector = Compute.onlyError("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]", limits: Self.small)
        #expect(vector?.message == "a value of 11 elements exceeds the limit of 10 elements per value")
        #expect(Compute.place(vector) == [1, 1])
        let matrix = Compute.onlyError("let m = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 2, 3]]", limits: Self.small)
        #expect(matrix?.message == "a value of 12 elements exceeds the limit of 10 elements per value")
        #expect(Compute.place(matrix) == [1, 9])
        // A matrix product is refused by the size of its result, before it is computed.
        let product = Compute.onlyError("let a = [[1], [2], [3], [4]]\na * [[1, 2, 3, 4]]", limits: Self.small)
        #expect(product?.message == "a value of 16 elements exceeds the limit of 10 elements per value")
        #expect(Compute.place(product) == [2, 1])
        #expect(Compute.run("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", limits: Self.small).diagnostics.isEmpty)
    }

    @Test("a block longer than 64 KiB is refused before parsing, with one error, and its names do not cascade")
    func testBlockLength() {
        let literal = "let v: Vector = [" + Array(repeating: "0.5", count: 20_000).joined(separator: ", ") + "]\nvar w = 1\n"
        var session = ComputeSession()
        let run = session.run(literal)
        #expect(run.diagnostics.map(\.message) == [
            "this block is 100,027 bytes long, more than the 65,536 swift-compute reads; split it, or make large inputs "
                + "with builtins such as gaussian(rows:columns:seed:)",
        ])
        #expect(run.outputs.isEmpty)
        #expect(session.run("v.count\nw").diagnostics.isEmpty)
        #expect(session.run("let z = " + String(repeating: " ", count: 65_000) + "1\nz").diagnostics.isEmpty)
    }

    @Test("the work limit ends a lesson's evaluation with one located error")
    func testWorkLimit() throws {
        var session = ComputeSession(limits: Self.small)
        _ = session.run("let q = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]")
        let products = Array(repeating: "q * q", count: 100).joined(separator: "\n")
        let run = session.run(products)
        let error = try #require(run.diagnostics.first)
        #expect(run.diagnostics.count == 1)
        #expect(error.message == "this lesson exceeds its work limit of 1000 operations")
        // Each product costs at least 3 · 3 · 3 = 27 operations, so the limit falls within the first 1000 / 27 + 1.
        #expect((2...38).contains(error.position.line))
        #expect(error.position.column == 1)
        #expect(run.outputs.count == error.position.line - 1)
        // Later cells stay quiet rather than repeating the error.
        #expect(session.run("q * q").diagnostics.isEmpty)
        #expect(session.work >= 1000)
    }

    @Test("transposes, negations, comparisons and row subscripts count as work", arguments: [
        "-v", "v == v", "v ≈ v", "m.T", "m[0]",
    ])
    func testWorkOfEveryOperation(statement: String) {
        var session = ComputeSession(limits: Self.small)
        _ = session.run("let v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nlet m = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]")
        let run = session.run(Array(repeating: statement, count: 300).joined(separator: "\n"))
        #expect(run.diagnostics.map(\.message) == ["this lesson exceeds its work limit of 1000 operations"])
        #expect(run.outputs.count < 300)
    }

    @Test("brackets nested too deeply are refused, quickly")
    func testBracketDepth() {
        let deep = String(repeating: "[", count: 9) + "1" + String(repeating: "]", count: 9)
        let error = Compute.onlyError("let deep = " + deep)
        #expect(error?.message == "brackets nested more than 8 levels deep are not supported in swift-compute")
        #expect(Compute.place(error) == [1, 20])
        let allowed = String(repeating: "[", count: 8) + "1" + String(repeating: "]", count: 8)
        #expect(Compute.onlyError(allowed)?.message == "arrays of matrices are not supported in swift-compute")
        // Brackets on comment lines are not code, balanced or not.
        #expect(Compute.matrix("// [[[[[[[[[[ unbalanced\n  //    [[[[[[[[[[\nlet a = [[1]]\na") == [[1]])
        // The refused binding does not cascade.
        var session = ComputeSession()
        _ = session.run("let deep = " + String(repeating: "[", count: 2_000) + "1" + String(repeating: "]", count: 2_000))
        #expect(session.run("deep").diagnostics.isEmpty)
    }

    @Test("statements nested too deeply are refused without overflowing the stack")
    func testSyntaxDepth() {
        // Just under the limit, evaluation recurses once per level, and must not overflow a test thread's stack.
        #expect(Compute.value("1" + String(repeating: " + 1", count: 290)) == .integer(291))
        #expect(Compute.matrix("let x = [[1, 2]]\nx" + String(repeating: ".T", count: 291)) == [[1], [2]])
        #expect(Compute.value("1" + String(repeating: " * 1 - 0", count: 145)) == .integer(1))
        let tooLong = "let s = 1" + String(repeating: " + 1", count: 5_000)
        let error = Compute.onlyError(tooLong)
        #expect(error?.message.hasPrefix("this statement nests more than 300 levels deep") == true)
        #expect(Compute.place(error) == [1, 1])
        var session = ComputeSession()
        _ = session.run("let x = [[1]]\nlet y = x" + String(repeating: ".T", count: 20_000) + "\nlet z = 2")
        #expect(session.run("y\nz").outputs.map(\.value) == [.integer(2)])
        #expect(Compute.run(String(repeating: "- ", count: 5_000) + "1").hasErrors)
        #expect(Compute.onlyError("true" + String(repeating: " && true", count: 5_000)) != nil)
    }

    @Test("no input traps or hangs")
    func testHostileInputs() {
        let snippets = [
            "", " ", "\n\n\n", "// only a comment", "/* block */", "/* unterminated", "#", "#expect", "#expect()",
            "#expect(1)", "#expect(true, \"c\", 3)", "#expect(x: true)", "#expect(#expect(true))", "#other(1)",
            "[[[]]]", "[[]]", "[]", "[[], []]", "[[1],[2,3]]", "[[]] * [[]]", "[[]].T * [[]]", "softmax([[]])", "sum([[]])",
            "-9223372036854775808", "9223372036854775807 + 1", "-9223372036854775807 - 2", "1/0", "1.0/0", "0.0/0.0",
            "1e308 * 1e308", "softmax([])", "softmax([1], temperature: -1)", "softmax([1e308, -1e308])",
            "softmax([1], temperature: 1e-320)", "[1, 2][9223372036854775807]", "[[1]][0, -9223372036854775808]",
            String(repeating: "(", count: 2_000) + "1" + String(repeating: ")", count: 2_000),
            String(repeating: "[", count: 2_000) + "1" + String(repeating: "]", count: 2_000),
            String(repeating: "{", count: 2_000) + String(repeating: "}", count: 2_000),
            String(repeating: "softmax(", count: 500) + "[1]" + String(repeating: ")", count: 500),
            String(repeating: "-", count: 3_000) + "1",
            "[" + String(repeating: "1, ", count: 33_000) + "1]",
            "[[[", "]]]", "((", "))", "{", "}", "[1, 2", "softmax(", "let", "let = 3", "let x =", "var", "x.", ".T",
            "\"unterminated", "\"\"\"", "0x", "0b102", "1__0", "0xFFFFFFFFFFFFFFFF", "1.", ".5", "1..2", "1...",
            "let π = 3.14\nπ * 2", "let 變數 = 1\n變數 + 1", "let `let` = 1\n`let`", "a\u{0}b", "\u{0}", "\u{FEFF}1",
            "1 ≈", "≈ 1", "1 ≈ 2 ≈ 3", "1 < 2 < 3", "a = b = c", "_ = 1", "x!", "x?.y", "\\.a", "#\"raw\"#",
            "let x: [[[[Double]]]] = 1", "let x: Vector? = [1]", "let f = exp\nf(1)", "exp(exp(exp(exp(1000))))",
            "\"a\" + \"b\"", "\"a\" * 2", "true + 1", "[true, 1]", "1 −", "−", "\r\n1\r\n", "\t1",
            "[[]].T", "[[]].T[0]", "softmax([[]].T)", "#expect([[]].T == [[1]])", "#expect([[]].T ≈ [[]].T)",
            "#expect([[]] == [[]].T)", "let v = [1]\nv = [[]]\nv", "3 −= 1", "a−−b",
        ]
        for (index, snippet) in snippets.enumerated() {
            var session = ComputeSession()
            let run = session.run(snippet)
            for diagnostic in run.diagnostics {
                #expect(!diagnostic.message.isEmpty, "snippet \(index)")
                #expect((0...snippet.utf8.count).contains(diagnostic.position.offset), "snippet \(index)")
                #expect(diagnostic.position.line >= 1 && diagnostic.position.column >= 1, "snippet \(index)")
            }
            // A second run in the same session sees what the first left behind, without trapping either.
            if snippet.utf8.count < 1_000 { _ = session.run(snippet) }
        }
        #expect(snippets.count >= 60)
    }
}
