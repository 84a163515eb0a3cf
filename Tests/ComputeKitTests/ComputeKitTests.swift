import ComputeKit
import Testing

@Suite("ComputeKit: the language's values and operators as ordinary Swift")
struct ComputeKitTests {
    @Test("an untyped literal is a Swift array whose + concatenates; a Vector's + adds element by element")
    func testLiteralRule() {
        let array = [2, 1, 0]
        #expect(array + [1] == [2, 1, 0, 1])
        let vector: Vector = [2, 1, 0]
        #expect(vector + [1, 1, 1] == [3, 2, 1])
        #expect(vector - [2, 1, 0] == [0, 0, 0])
        #expect(vector ⊙ [3, 4, 5] == [6, 4, 0])
        #expect(vector * 2 == [4, 2, 0] && 2 * vector == [4, 2, 0] && vector / 2 == [1, 0.5, 0])
    }

    @Test("matrix literals, products with vectors as rows and columns, a bias added to every row, the transpose")
    func testMatrices() {
        let m: Matrix = [[1, 2], [3, 4]]
        #expect(m * identity(2) == m)
        #expect([1, 2] * m == Vector([7, 10]))
        #expect(m * [1, 2] == Vector([5, 11]))
        #expect(m + Vector([10, 20]) == [[11, 22], [13, 24]])
        #expect(m.T == [[1, 3], [2, 4]] && m[1, 0] == 3 && m[1] == [3, 4])
        #expect(m.shape.description == "2×2" && Vector([1, 2, 3]).shape.description == "3")
    }

    @Test("softmax of [2, 1, 0] is NumPy's (exp(z) / exp(z).sum())")
    func testSoftmax() {
        // NumPy: np.exp([2, 1, 0]) / np.exp([2, 1, 0]).sum()
        let reference = [0.6652409557748219, 0.24472847105479764, 0.09003057317038046]
        let p = softmax([2, 1, 0])
        for (x, y) in zip(p, reference) { #expect(abs(x - y) <= 1e-15) }
        #expect(argmax(p) == 0)
    }

    @Test("the sampling and loss functions give NumPy's values (Tests/TransformerCoreTests/Fixtures/sampling.json)")
    func testSamplingAndLoss() {
        let p: Vector = [0.1, 0.4, 0.2, 0.3]
        #expect(argsort([0.2, 0.5, 0.1, 0.2]) == [2, 0, 3, 1] && argsort([0.2, 0.5, 0.1, 0.2], descending: true) == [1, 0, 3, 2])
        #expect(cumulativeSum([0.5, 0.25, 0.125, 0.125]) == [0.5, 0.75, 0.875, 1])
        // The two largest, renormalised: 0.4 / 0.7 and 0.3 / 0.7; top-p 0.6 keeps the same two (0.4 + 0.3 ≥ 0.6).
        let topTwo: Vector = [0, 0.4 / 0.7, 0, 0.3 / 0.7]
        for (x, y) in zip(topK(p, k: 2), topTwo) { #expect(abs(x - y) <= 1e-15) }
        for (x, y) in zip(topP(p, p: 0.6), topTwo) { #expect(abs(x - y) <= 1e-15) }
        // The fixture's first draws of seed 0 (a Python SplitMix64 and inverse CDF).
        #expect(sample(p, count: 5, seed: 0) == [3, 1, 0, 3, 1] && sample(p, seed: 0) == 3)
        #expect(abs(crossEntropy(p, target: 0) - 2.3025850929940455) <= 1e-15)
        #expect(abs(crossEntropy(logits: [2, 1, 0], target: 0) - 0.4076059644443804) <= 1e-15)
        // The mean loss of two rows: (−ln 0.7 − ln 0.5) / 2.
        #expect(abs(crossEntropy([[0.7, 0.2, 0.1], [0.25, 0.5, 0.25]], targets: [0, 1]) - 0.5249110622493389) <= 1e-15)
        #expect(oneHot(2, count: 4) == [0, 0, 1, 0])
    }

    @Test("log2, log10 and exp2 apply element by element to vectors and matrices")
    func testBinaryAndDecimalLogarithms() {
        #expect(log2([1, 8, 0.5] as Vector) == [0, 3, -1])
        #expect(log10([[0.001, 100]] as Matrix) == [[-3, 2]])
        #expect(exp2([-3, 0, 10] as Vector) == [0.125, 1, 1024] && exp2([[1, 2]] as Matrix) == [[2, 4]])
    }

    @Test("≈ reads a short decimal to its written precision and anything else to 1e-9 relative")
    func testApproximation() {
        #expect(0.6652 ≈ 0.665)
        #expect(!(0.6662 ≈ 0.665))
        #expect(softmax([2, 1, 0]) ≈ [0.665, 0.245, 0.090])
        #expect(1.0 + 1e-10 ≈ 1.0)
        #expect(!(1.0 + 1e-8 ≈ 1.0))
        #expect(Approximation.writtenDecimals(0.867) == 3 && Approximation.writtenDecimals(2) == nil)
    }

    @Test("the canonical form lists a matrix's shape then each element, a model's members, a figure's data")
    func testCanonicalForm() {
        let m: Matrix = [[1, 2.5]]
        let expected = [CanonicalLeaf("", "Matrix", "1×2"), CanonicalLeaf("[0, 0]", "Double", "1.0"), CanonicalLeaf("[0, 1]", "Double", "2.5")]
        #expect(m.canonicalLeaves == expected)
        let model = Model.gpt2Small.canonicalLeaves
        #expect(model.first == CanonicalLeaf("", "Model", ""))
        #expect(model.contains(CanonicalLeaf(".parameters", "Int", "124439808")))
        let figure = heatmap([[0.5]], title: "w").canonicalLeaves
        #expect(Array(figure.prefix(2)) == [CanonicalLeaf("", "Figure", "heatmap"), CanonicalLeaf(".title", "String", "w")])
        #expect(CanonicalLeaf("", "String", "a\tb\nc\\").line(site: "s") == "s\t\tString\ta\\tb\\nc\\\\")
    }

    @Test("a table given by columns, with integer values, and a parameter table with its total")
    func testTables() {
        let t = table(rows: ["a", "b"], columns: ["name", "x", "y"], values: [[1, 2], [3, 4]])
        #expect(t.columns == ["name", "x", "y"])
        #expect(t.rows[1] == [.text("b"), .real(2), .real(4)])
        let parameters = parameterTable(Model.gpt2Small)
        #expect(parameters.rows.last?[2] == .integer(124_439_808))
    }
}
