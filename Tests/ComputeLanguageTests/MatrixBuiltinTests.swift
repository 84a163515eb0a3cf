import Testing
@testable import ComputeLanguage

@Suite("Builtins: numbers, vectors and matrices, checked against their definitions")
struct MatrixBuiltinTests {
    @Test("construction: identity, zeros, ones, reshape, flatten, rowMatrix, columnMatrix")
    func testConstruction() {
        #expect(Compute.matrix("identity(3)") == [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        #expect(Compute.matrix("zeros(rows: 2, columns: 3)") == [[0, 0, 0], [0, 0, 0]])
        #expect(Compute.matrix("ones(rows: 1, columns: 2)") == [[1, 1]])
        #expect(Compute.matrix("reshape([1, 2, 3, 4, 5, 6], rows: 2, columns: 3)") == [[1, 2, 3], [4, 5, 6]])
        #expect(Compute.matrix("reshape([[1, 2, 3], [4, 5, 6]], rows: 3, columns: 2)") == [[1, 2], [3, 4], [5, 6]])
        #expect(Compute.vector("flatten([[1, 2], [3, 4]])") == [1, 2, 3, 4])
        #expect(Compute.matrix("rowMatrix([1, 2])") == [[1, 2]])
        #expect(Compute.matrix("columnMatrix([1, 2])") == [[1], [2]])
    }

    @Test("reductions and products: sum, mean, max, min, dot, norm, rowSums, columnSums, transpose")
    func testReductions() {
        #expect(Compute.value("mean([1, 2, 3, 4])") == .real(2.5))
        #expect(Compute.value("max([[0.2, 0.7], [0.9, 0.1]])") == .real(0.9))
        #expect(Compute.value("min([0.2, -0.7, 0.1])") == .real(-0.7))
        #expect(Compute.value("dot([1, 2, 3], [4, 5, 6])") == .real(32))
        #expect(Compute.value("norm([3, 4])") == .real(5))
        #expect(Compute.value("norm([[1, 1], [1, 1]])") == .real(2))
        #expect(Compute.vector("rowSums([[1, 2], [3, 4]])") == [3, 7])
        #expect(Compute.vector("columnSums([[1, 2], [3, 4]])") == [4, 6])
        #expect(Compute.matrix("transpose([[1, 2, 3]])") == [[1], [2], [3]])
        #expect(Compute.value("pow(2, 10)") == .real(1024))
    }

    @Test("functions of numbers apply element by element")
    func testElementwise() {
        #expect(Compute.vector("sqrt([4, 9])") == [2, 3])
        #expect(Compute.matrix("abs([[-1, 2]])") == [[1, 2]])
        #expect(Compute.vector("exp([0, 0])") == [1, 1])
        #expect(Compute.value("let z = [2, 1, 0]\nexp(z) / sum(exp(z)) ≈ softmax(z)") == .bool(true))
    }

    @Test("slices, columns and concatenation")
    func testSlices() {
        let m = "let m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]\n"
        #expect(Compute.vector(m + "column(m, 1)") == [2, 5, 8])
        #expect(Compute.matrix(m + "rowSlice(m, from: 1, to: 3)") == [[4, 5, 6], [7, 8, 9]])
        #expect(Compute.matrix(m + "columnSlice(m, from: 0, to: 1)") == [[1], [4], [7]])
        #expect(Compute.matrix(m + "rowSlice(m, from: 2, to: 2)") == [])
        #expect(Compute.matrix("concatColumns([[1], [2]], [[3], [4]])") == [[1, 3], [2, 4]])
        #expect(Compute.matrix("concatRows([[1, 2]], [[3, 4]])") == [[1, 2], [3, 4]])
    }

    @Test("splitHeads gives a list of column blocks that concatHeads joins back")
    func testHeads() {
        let x = "let x = [[1, 2, 3, 4], [5, 6, 7, 8]]\nlet heads = splitHeads(x, count: 2)\n"
        #expect(Compute.value(x + "heads.count") == .integer(2))
        #expect(Compute.matrix(x + "heads[1]") == [[3, 4], [7, 8]])
        #expect(Compute.value(x + "concatHeads(heads) == x") == .bool(true))
        #expect(Compute.value(x + "heads")?.shortDescription == "[Matrix] of 2")
    }

    @Test("linear algebra through operators: x * W + b with the bias broadcast over rows")
    func testProjection() {
        #expect(Compute.matrix("[[1, 2], [3, 4]] * identity(2) + [10, 20]") == [[11, 22], [13, 24]])
        #expect(Compute.matrix("[[1, 2], [3, 4]] - [1, 1]") == [[0, 1], [2, 3]])
        #expect(Compute.matrix("[1, 1] + [[1, 2], [3, 4]]") == [[2, 3], [4, 5]])
    }
}
