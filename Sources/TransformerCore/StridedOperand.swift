/// One operand of a matrix product, read through strides: element (i, j) is
/// `base[i * rowStride + j * columnStride]`. A row-major matrix has strides (columns, 1);
/// its transpose, read in place, has strides (1, columns). Sendable because the product only reads it
/// while the caller keeps the storage alive.
struct StridedOperand: @unchecked Sendable {
    let base: UnsafePointer<Double>
    let rowStride: Int
    let columnStride: Int

    @inline(__always)
    subscript(row: Int, column: Int) -> Double { base[row * rowStride + column * columnStride] }
}
