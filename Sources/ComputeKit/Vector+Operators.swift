/// The interpreter's arithmetic on vectors: element by element for `+ - ⊙` of equal lengths, scaling by a number.
extension Vector {
    /// a + b, element by element; a and b of one length.
    public static func + (a: Vector, b: Vector) -> Vector { zipped(a, b, "+", +) }

    /// a − b, element by element; a and b of one length.
    public static func - (a: Vector, b: Vector) -> Vector { zipped(a, b, "-", -) }

    /// a ⊙ b, the element-wise (Hadamard) product: (a ⊙ b)ᵢ = aᵢ·bᵢ; a and b of one length.
    public static func ⊙ (a: Vector, b: Vector) -> Vector { zipped(a, b, "⊙", *) }

    /// −v, element by element.
    public static prefix func - (v: Vector) -> Vector { v.mapElements { -$0 } }



    /// vᵢ·s for every element.
    public static func * (v: Vector, s: Double) -> Vector { v.mapElements { $0 * s } }

    /// vᵢ / s for every element; s ≠ 0.
    public static func / (v: Vector, s: Double) -> Vector {
        requirement(s != 0, "division by zero")
        return v.mapElements { $0 / s }
    }



    /// s·vᵢ for every element.
    public static func * (s: Double, v: Vector) -> Vector { v.mapElements { s * $0 } }

    /// The vector of `op` applied to the pairs of elements of a and b, which must be of one length.
    private static func zipped(_ a: Vector, _ b: Vector, _ op: String, _ f: (Double, Double) -> Double) -> Vector {
        requirement(a.count == b.count, "'\(op)' needs vectors of one length, got \(a.count) and \(b.count)")
        return Vector(zip(a.elements, b.elements).map(f))
    }
}
