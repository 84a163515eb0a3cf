/// Matrix products. All three run on the packed, cache-blocked, multi-threaded kernel of
/// `GEMMKernel.swift` (plain loops below about 40³ multiply-adds) and are deterministic: the same
/// operands give the same bits on every run, whatever the thread scheduling.
extension Matrix {
    /// The matrix product: (AB)(i, j) = Σₖ A(i, k)·B(k, j); `A.columns` must equal `B.rows`.
    ///
    /// Agrees with the naive triple loop to about n·ε relative (the sums are the same terms in a
    /// blocked order, with fused multiply-adds in optimised builds).
    public static func * (lhs: Matrix, rhs: Matrix) throws(TransformerError) -> Matrix {
        guard lhs.columns == rhs.rows else {
            throw .shapeMismatch(operation: "matrix product", lhs: lhs.shape, rhs: rhs.shape)
        }
        return product(lhs, rowStride: lhs.columns, columnStride: 1,
                       rhs, rowStride: rhs.columns, columnStride: 1,
                       m: lhs.rows, n: rhs.columns, k: lhs.columns)
    }

    /// The product with the transpose of `other`: (A·Bᵀ)(i, j) = Σₖ A(i, k)·B(j, k), without
    /// materialising Bᵀ; `self.columns` must equal `other.columns`. The result is
    /// `self.rows × other.rows`. (Attention scores Q·Kᵀ are `q.multipliedByTransposeOf(k)`.)
    public func multipliedByTransposeOf(_ other: Matrix) throws(TransformerError) -> Matrix {
        guard columns == other.columns else {
            throw .shapeMismatch(operation: "matrix product with a transpose (A·Bᵀ)", lhs: shape, rhs: other.shape)
        }
        return Matrix.product(self, rowStride: columns, columnStride: 1,
                              other, rowStride: 1, columnStride: other.columns,
                              m: rows, n: other.rows, k: columns)
    }

    /// The product of the transpose of `self` with `other`: (Aᵀ·B)(i, j) = Σₖ A(k, i)·B(k, j),
    /// without materialising Aᵀ; `self.rows` must equal `other.rows`. The result is
    /// `self.columns × other.columns`. (The Gram matrix WᵀW is `w.transposeMultiplied(by: w)`.)
    public func transposeMultiplied(by other: Matrix) throws(TransformerError) -> Matrix {
        guard rows == other.rows else {
            throw .shapeMismatch(operation: "matrix product of a transpose (Aᵀ·B)", lhs: shape, rhs: other.shape)
        }
        return Matrix.product(self, rowStride: 1, columnStride: columns,
                              other, rowStride: other.columns, columnStride: 1,
                              m: columns, n: other.columns, k: rows)
    }

    /// C = A·B with A(i, p) = lhs.elements[i·lhsRow + p·lhsColumn] (m×k) and
    /// B(p, j) = rhs.elements[p·rhsRow + j·rhsColumn] (k×n); shapes already checked.
    private static func product(
        _ lhs: Matrix, rowStride lhsRow: Int, columnStride lhsColumn: Int,
        _ rhs: Matrix, rowStride rhsRow: Int, columnStride rhsColumn: Int,
        m: Int, n: Int, k: Int
    ) -> Matrix {
        let elements = uninitializedElements(count: m * n) { output in
            lhs.elements.withUnsafeBufferPointer { a in
                rhs.elements.withUnsafeBufferPointer { b in
                    // A non-empty product has non-empty operands unless k = 0, when C = 0.
                    guard k > 0, let aBase = a.baseAddress, let bBase = b.baseAddress else {
                        output.initialize(repeating: 0, count: m * n)
                        return
                    }
                    GEMM.multiply(
                        m: m, n: n, k: k,
                        a: StridedOperand(base: aBase, rowStride: lhsRow, columnStride: lhsColumn),
                        b: StridedOperand(base: bBase, rowStride: rhsRow, columnStride: rhsColumn),
                        c: output, ldc: n
                    )
                }
            }
        }
        return Matrix(uncheckedRows: m, columns: n, elements: elements)
    }
}
