/// A vector of reals: numbers from an array literal where a `Vector` is expected, with element-wise `+ - ⊙`.
///
/// Distinct from `[Double]`, whose `+` concatenates: `let z: Vector = [2, 1, 0]`.
public struct Vector: Equatable, Hashable, Sendable, ExpressibleByArrayLiteral, RandomAccessCollection {
    /// The elements, in order.
    public var elements: [Double]

    /// A vector of `elements`.
    public init(_ elements: [Double]) {
        self.elements = elements
    }

    /// A vector of 0/1 entries from flags (true is 1), as a padding mask's keys.
    public init(_ flags: [Bool]) {
        self.elements = flags.map { $0 ? 1 : 0 }
    }

    /// `[2, 1, 0]` where a `Vector` is expected.
    public init(arrayLiteral elements: Double...) {
        self.elements = elements
    }

    /// The first index, 0.
    public var startIndex: Int { 0 }

    /// One past the last index: the number of elements.
    public var endIndex: Int { elements.count }

    /// Element `i`, 0-based.
    public subscript(i: Int) -> Double {
        get {
            requirement(elements.indices.contains(i), "index \(i) is out of range for a vector of \(elements.count) elements")
            return elements[i]
        }
        set { elements[i] = newValue }
    }

    /// The number of elements, a `Shape` shown as `3`.
    public var shape: Shape { Shape(count: elements.count) }

    /// The vector with `transform` applied to each element.
    func mapElements(_ transform: (Double) -> Double) -> Vector {
        Vector(elements.map(transform))
    }
}

/// The shape of a vector (`count`) or of a matrix (`rows`, `columns`), shown as `3` or `4×4`.
public struct Shape: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The rows of a matrix's shape (nil for a vector's).
    public let rowCount: Int?
    /// The columns of a matrix's shape, or the length of a vector's.
    public let columnCount: Int

    /// A vector's shape.
    public init(count: Int) {
        rowCount = nil
        columnCount = count
    }

    /// A matrix's shape.
    public init(rows: Int, columns: Int) {
        rowCount = rows
        columnCount = columns
    }

    /// The rows of a matrix's shape.
    public var rows: Int {
        requirement(rowCount != nil, "a vector's shape has no rows")
        return rowCount ?? 0
    }

    /// The columns of a matrix's shape.
    public var columns: Int {
        requirement(rowCount != nil, "a vector's shape has no columns")
        return columnCount
    }

    /// The length of a vector's shape.
    public var count: Int {
        requirement(rowCount == nil, "a matrix's shape has no count")
        return columnCount
    }

    /// `4×4` or `3`.
    public var description: String {
        rowCount.map { "\($0)×\(columnCount)" } ?? String(columnCount)
    }
}
