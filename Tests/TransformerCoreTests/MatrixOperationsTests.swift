import Testing
@testable import TransformerCore

@Suite("Matrix operations")
struct MatrixOperationsTests {
    let a: Matrix
    let b: Matrix

    init() throws {
        a = try Matrix([[1, 2, 3], [4, 5, 6]])
        b = try Matrix([[0.5, -1, 2], [3, 0, -6]])
    }

    @Test("adds, subtracts, negates, scales and multiplies element-wise")
    func testElementwise() throws {
        #expect(try a + b == Matrix([[1.5, 1, 5], [7, 5, 0]]))
        #expect(try a - b == Matrix([[0.5, 3, 1], [1, 5, 12]]))
        #expect(try -a == Matrix([[-1, -2, -3], [-4, -5, -6]]))
        #expect(try 2 * a == Matrix([[2, 4, 6], [8, 10, 12]]))
        #expect(a * 0.5 == a.scaled(by: 0.5))
        #expect(try a.hadamard(b) == Matrix([[0.5, -2, 6], [12, 0, -36]]))
        #expect(try a.map { $0 * $0 } == Matrix([[1, 4, 9], [16, 25, 36]]))
        #expect(try a.addingResidual(b) == a + b)
    }

    @Test("names both shapes when element-wise operands differ")
    func testElementwiseErrors() throws {
        let tall = a.transposed
        let mismatch = { (operation: String) in TransformerError.shapeMismatch(operation: operation, lhs: (2, 3), rhs: (3, 2)) }
        #expect(throws: mismatch("element-wise sum")) { try a + tall }
        #expect(throws: mismatch("element-wise difference")) { try a - tall }
        #expect(throws: mismatch("Hadamard product")) { try a.hadamard(tall) }
        #expect(throws: mismatch("residual addition")) { try a.addingResidual(tall) }
        #expect(mismatch("element-wise sum").description == "element-wise sum of shapes 2×3 and 3×2 is undefined")
    }

    @Test("an invalid argument is quoted as written: whole numbers without '.0', others as Swift prints them")
    func testInvalidArgumentValues() {
        let message = { (value: Double) in
            TransformerError.invalidArgument(name: "head count", value: value, requirement: "a positive divisor of 6").description
        }
        #expect(message(4) == "head count must be a positive divisor of 6, got 4")
        #expect(message(-1) == "head count must be a positive divisor of 6, got -1")
        #expect(message(-0.0) == "head count must be a positive divisor of 6, got 0")
        #expect(message(0.5) == "head count must be a positive divisor of 6, got 0.5")
        #expect(message(-9_223_372_036_854_775_808) == "head count must be a positive divisor of 6, got -9.223372036854776e+18")
        #expect(message(1e300) == "head count must be a positive divisor of 6, got 1e+300")
        #expect(message(.infinity) == "head count must be a positive divisor of 6, got inf")
        #expect(message(.nan) == "head count must be a positive divisor of 6, got nan")
    }

    @Test("broadcasts a row vector over the rows, and rejects a wrong length")
    func testBroadcast() throws {
        #expect(try a.addingRowVector([10, 20, 30]) == Matrix([[11, 22, 33], [14, 25, 36]]))
        #expect(throws: TransformerError.shapeMismatch(operation: "row-vector broadcast", lhs: (2, 3), rhs: (1, 2))) {
            try a.addingRowVector([1, 2])
        }
        let projected = try a.projected(by: Matrix([[1], [0], [1]]), bias: [0.5])
        #expect(projected == (try Matrix([[4.5], [10.5]])))
    }

    @Test("sums rows and columns, and measures the Frobenius norm")
    func testSums() throws {
        #expect(a.rowSums == [6, 15])
        #expect(a.columnSums == [5, 7, 9])
        #expect(try Matrix([[3, 4]]).frobeniusNorm == 5)
        #expect(try Matrix(rows: 0, columns: 3).columnSums == [0, 0, 0])
    }

    @Test("builds identity, row and column vectors, and reads a column")
    func testConstruction() throws {
        #expect(try Matrix.identity(3) == Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
        #expect(try Matrix.identity(0).shape == (0, 0))
        #expect(throws: TransformerError.self) { try Matrix.identity(-1) }
        #expect(Matrix(rowVector: [1, 2, 3]) == (try Matrix([[1, 2, 3]])))
        #expect(Matrix(columnVector: [1, 2]) == (try Matrix([[1], [2]])))
        #expect(try a.column(1) == [2, 5])
        #expect(throws: TransformerError.self) { try a.column(3) }
    }

    @Test("slices rows and columns by range, and rejects ranges outside the matrix")
    func testSlices() throws {
        let m = try Matrix([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
        #expect(try m.rowSlice(1..<3) == Matrix([[5, 6, 7, 8], [9, 10, 11, 12]]))
        #expect(try m.columnSlice(1..<3) == Matrix([[2, 3], [6, 7], [10, 11]]))
        #expect(try m.columnSlice(2..<2).shape == (3, 0))
        #expect(throws: TransformerError.self) { try m.rowSlice(2..<4) }
        #expect(throws: TransformerError.self) { try m.columnSlice(-1..<2) }
    }

    @Test("concatenates horizontally and vertically, naming both shapes on a mismatch")
    func testConcatenation() throws {
        let left = try Matrix([[1], [2]])
        #expect(try Matrix(concatenatingHorizontally: [left, a]) == Matrix([[1, 1, 2, 3], [2, 4, 5, 6]]))
        #expect(try Matrix(concatenatingVertically: [a, b]) == Matrix([[1, 2, 3], [4, 5, 6], [0.5, -1, 2], [3, 0, -6]]))
        #expect(throws: TransformerError.shapeMismatch(operation: "vertical concatenation", lhs: (2, 3), rhs: (2, 1))) {
            try Matrix(concatenatingVertically: [a, left])
        }
        #expect(throws: TransformerError.self) { try Matrix(concatenatingHorizontally: [a, a.transposed]) }
        #expect(throws: TransformerError.self) { try Matrix(concatenatingHorizontally: []) }
    }

    @Test("splits columns into heads and joins them back unchanged", arguments: [1, 2, 3, 4, 6, 12])
    func testHeadsRoundTrip(heads: Int) throws {
        let x = try Matrix.gaussian(rows: 5, columns: 12, seed: 11)
        let split = try x.splitHeads(heads)
        #expect(split.count == heads)
        #expect(split.allSatisfy { $0.shape == (5, 12 / heads) })
        #expect(split[heads - 1][4, 12 / heads - 1] == x[4, 11])
        #expect(try Matrix(joiningHeads: split) == x)
    }

    @Test("rejects a head count that does not divide d_model")
    func testBadHeadCount() throws {
        let x = try Matrix(rows: 2, columns: 12)
        for heads in [0, -2, 5, 7, 13] {
            #expect(throws: TransformerError.invalidArgument(
                name: "head count", value: Double(heads), requirement: "a positive divisor of d_model = 12"
            )) { try x.splitHeads(heads) }
        }
        #expect(throws: TransformerError.self) { try Matrix(joiningHeads: [a, a.transposed]) }
        #expect(throws: TransformerError.self) { try Matrix(joiningHeads: []) }
    }
}
