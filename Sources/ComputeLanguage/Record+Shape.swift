import TransformerCore

extension Record {
    /// The type name of shapes.
    static let shapeType = "Shape"

    /// The shape of a matrix, `Shape(rows:columns:)`, shown as `4×4`.
    static func shape(of matrix: Matrix) -> Record {
        Record(typeName: shapeType, members: [Member("rows", .integer(matrix.rows)), Member("columns", .integer(matrix.columns))])
    }

    /// The shape of a vector, `Shape(count:)`, shown as `3`.
    static func shape(ofVector vector: [Double]) -> Record {
        Record(typeName: shapeType, members: [Member("count", .integer(vector.count))])
    }

    /// `4×4` or `3` when this record is a shape, else nil.
    public var shapeText: String? {
        guard typeName == Self.shapeType else { return nil }
        var numbers: [String] = []
        for member in members {
            guard case let .integer(n) = member.value else { return nil }
            numbers.append(String(n))
        }
        return numbers.joined(separator: "×")
    }
}
