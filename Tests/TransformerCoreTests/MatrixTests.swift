import Testing
@testable import TransformerCore

@Suite("Matrix")
struct MatrixTests {
    @Test("builds from rows and rejects ragged rows")
    func testRows() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.shape == (2, 3))
        #expect(m[1, 2] == 6)
        #expect(m.row(1) == [4, 5, 6])
        #expect(throws: TransformerError.self) { try Matrix([[1, 2], [3]]) }
        #expect(throws: TransformerError.self) { try Matrix(rows: 2, columns: 2, elements: [1, 2, 3]) }
        #expect(throws: TransformerError.self) { try Matrix(rows: -1, columns: 2) }
        #expect(throws: TransformerError.self) { try Matrix(rows: .max, columns: 2) }
    }

    @Test("transposes: Mᵀ(j, i) = M(i, j), and (Mᵀ)ᵀ = M")
    func testTranspose() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        let t = m.transposed
        #expect(t.shape == (3, 2))
        for i in 0..<2 { for j in 0..<3 { #expect(t[j, i] == m[i, j]) } }
        #expect(t.transposed == m)
    }

    @Test("multiplies matrices, and names both shapes when they do not fit")
    func testProduct() throws {
        let a = try Matrix([[1, 2], [3, 4], [5, 6]])
        let b = try Matrix([[7, 8, 9], [10, 11, 12]])
        let product = try a * b
        #expect(product == (try Matrix([[27, 30, 33], [61, 68, 75], [95, 106, 117]])))
        do {
            _ = try a * a
            Issue.record("expected a shape error")
        } catch {
            #expect(error.description.contains("3×2") && error.description.contains("matrix product"))
        }
    }
}
