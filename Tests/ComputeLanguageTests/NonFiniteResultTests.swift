import Testing
import TransformerCore
@testable import ComputeLanguage

@Suite("Non-finite results: a NaN or ∞ anywhere in a result, records and tables included, is an error at the expression")
struct NonFiniteResultTests {
    @Test("a record member that overflows is a located error naming the member", arguments: [
        // R(0, 0) = ‖(1.5e308, 1.5e308)‖ = 2.1e308 is beyond the range of Double.
        ErrorCase("let m = qr([[1.5e308], [1.5e308]])", "the result of 'qr([[1.5e308], [1.5e308]])' is not finite (inf in '.r')", 1, 9),
        // The score 1e200 · (−1e200) overflows to −∞ although no mask hides the key.
        ErrorCase(
            "attention(q: [[1e200]], k: [[-1e200], [1]], v: [[1], [2]])",
            "the result of 'attention(q: [[1e200]], k: [[-1e200], [1]], v: [[1], [2]])' is not finite (-inf in '.scores')", 1, 1),
    ])
    func testRecords(_ errorCase: ErrorCase) {
        let clock = ContinuousClock()
        let start = clock.now
        errorCase.check()
        #expect(clock.now - start < .seconds(2), "a runaway: \(clock.now - start)")
    }

    @Test("a masked score's −∞ is what .maskedScores means: causal attention and its multi-head form run cleanly")
    func testMaskedScoresAllowed() {
        let causal = Compute.run("let r = attention(q: identity(2), k: identity(2), v: identity(2), mask: .causal)\nr.maskedScores")
        #expect(causal.diagnostics.isEmpty, "\(causal.diagnostics.map(\.message))")
        let multiHead = Compute.run(
            "multiHeadAttention(identity(2), heads: 2, wq: identity(2), wk: identity(2), wv: identity(2), wo: identity(2), mask: .causal)")
        #expect(multiHead.diagnostics.isEmpty, "\(multiHead.diagnostics.map(\.message))")
    }

    @Test("the place of the first non-finite number: a member, a list element's member, a table cell")
    func testPlaces() {
        let q = Record(typeName: ValueType.qr.rawValue, members: [
            .init("q", .matrix(Matrix(rowVector: [1, 0]))), .init("r", .matrix(Matrix(rowVector: [.nan, 1]))),
        ])
        #expect(Value.record(q).firstNonFinite?.description == "nan in '.r'")
        let head = Record(typeName: ValueType.attentionResult.rawValue, members: [
            .init("maskedScores", .matrix(Matrix(rowVector: [0, -.infinity]))), .init("weights", .matrix(Matrix(rowVector: [1, .infinity]))),
        ])
        let heads = ValueList([.record(head), .record(head)], of: ValueType.attentionResult.rawValue)
        let result = Record(typeName: ValueType.multiHeadResult.rawValue, members: [.init("heads", .list(heads))])
        #expect(Value.record(result).firstNonFinite?.description == "inf in '.heads[0].weights'")
        // −∞ is a mask only in .maskedScores: +∞ or NaN there, or −∞ anywhere else, is reported.
        let nanMasked = Record(typeName: ValueType.attentionResult.rawValue, members: [
            .init("maskedScores", .matrix(Matrix(rowVector: [-.infinity, .nan]))),
        ])
        #expect(Value.record(nanMasked).firstNonFinite?.description == "nan in '.maskedScores'")
        let elsewhere = Record(typeName: ValueType.qr.rawValue, members: [.init("maskedScores", .vector([-.infinity]))])
        #expect(Value.record(elsewhere).firstNonFinite?.description == "-inf in '.maskedScores'")
        let table = Table(columns: ["component", "share"], rows: [[.text("a"), .percent(0.5)], [.text("b"), .percent(.nan)]])
        #expect(Value.table(table).firstNonFinite?.description == "nan in column 'share' of row 2")
        #expect(Value.table(table).firstNonFinite?.value.isNaN == true)
        #expect(Value.vector([1, -.infinity]).firstNonFinite == NonFiniteElement(-.infinity))
        #expect(Value.record(Record(typeName: "Model", members: [.init("parameters", .integer(3))])).firstNonFinite == nil)
    }
}
