import ComputeLanguage
import Testing

/// The literals `check --strict` takes for inputs the author typed.
struct NumericLiteralsTests {
    @Test("every integer and floating-point literal, unsigned, in order; none from comments or strings")
    func testLiterals() {
        let code = """
            //| precision: 2
            let x: Vector = [0.8, -1.8]   // => [0.80, -1.80]
            let n = 1_000 + 0x1F + 0b101 + 0o17
            #expect(x[0] ≈ 8e-1, "within 0.05")
            let label = "T = 0.5"
            """
        #expect(NumericLiterals.magnitudes(in: code) == [0.8, 1.8, 1000, 31, 5, 15, 0, 0.8])
    }

    @Test("malformed and deeply nested code gives what it can, without trapping")
    func testMalformed() {
        #expect(NumericLiterals.magnitudes(in: "let = 0.5 +") == [0.5])
        #expect(NumericLiterals.magnitudes(in: String(repeating: "[", count: 5_000) + "1.5").count <= 1)
        #expect(NumericLiterals.magnitudes(in: "99999999999999999999999") == [])
    }
}
