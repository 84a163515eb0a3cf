import TransformerCore

// Functions of numbers element by element on vectors and matrices (the `Double` forms are the C library's, re-exported),
// and reductions of all elements to one number.

/// eˣ, element by element.
public func exp(_ x: Vector) -> Vector { x.mapElements { exp($0) } }
/// eˣ, element by element.
public func exp(_ x: Matrix) -> Matrix { x.mapElements { exp($0) } }
/// ln x, element by element; x > 0.
public func log(_ x: Vector) -> Vector { x.mapElements { log($0) } }
/// ln x, element by element; x > 0.
public func log(_ x: Matrix) -> Matrix { x.mapElements { log($0) } }
/// √x, element by element; x ≥ 0.
public func sqrt(_ x: Vector) -> Vector { x.mapElements { $0.squareRoot() } }
/// √x, element by element; x ≥ 0.
public func sqrt(_ x: Matrix) -> Matrix { x.mapElements { $0.squareRoot() } }
/// |x|, element by element.
public func abs(_ x: Vector) -> Vector { x.mapElements { Swift.abs($0) } }
/// |x|, element by element.
public func abs(_ x: Matrix) -> Matrix { x.mapElements { Swift.abs($0) } }
/// sin x (radians), element by element.
public func sin(_ x: Vector) -> Vector { x.mapElements { sin($0) } }
/// sin x (radians), element by element.
public func sin(_ x: Matrix) -> Matrix { x.mapElements { sin($0) } }
/// cos x (radians), element by element.
public func cos(_ x: Vector) -> Vector { x.mapElements { cos($0) } }
/// cos x (radians), element by element.
public func cos(_ x: Matrix) -> Matrix { x.mapElements { cos($0) } }
/// tanh x = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), element by element.
public func tanh(_ x: Vector) -> Vector { x.mapElements { tanh($0) } }
/// tanh x = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), element by element.
public func tanh(_ x: Matrix) -> Matrix { x.mapElements { tanh($0) } }

/// log₂ x = ln x / ln 2, element by element; x > 0.
public func log2(_ x: Vector) -> Vector { x.mapElements { log2($0) } }
/// log₂ x = ln x / ln 2, element by element; x > 0.
public func log2(_ x: Matrix) -> Matrix { x.mapElements { log2($0) } }
/// log₁₀ x = ln x / ln 10, element by element; x > 0.
public func log10(_ x: Vector) -> Vector { x.mapElements { log10($0) } }
/// log₁₀ x = ln x / ln 10, element by element; x > 0.
public func log10(_ x: Matrix) -> Matrix { x.mapElements { log10($0) } }
/// 2ˣ, element by element.
public func exp2(_ x: Vector) -> Vector { x.mapElements { exp2($0) } }
/// 2ˣ, element by element.
public func exp2(_ x: Matrix) -> Matrix { x.mapElements { exp2($0) } }

/// Σᵢ xᵢ, the sum of all elements (0 for none).
public func sum(_ values: Vector) -> Double { ScaledReduction.sum(values.elements) }
/// Σᵢⱼ M(i, j), the sum of all elements.
public func sum(_ values: Matrix) -> Double { ScaledReduction.sum(values.elements) }
/// (1/n) Σᵢ xᵢ, the mean of all n ≥ 1 elements.
public func mean(_ values: Vector) -> Double { reduced(values.elements, "mean", ScaledReduction.mean) }
/// (1/n) Σᵢⱼ M(i, j), the mean of all n ≥ 1 elements.
public func mean(_ values: Matrix) -> Double { reduced(values.elements, "mean", ScaledReduction.mean) }
/// maxᵢ xᵢ, the largest element; n ≥ 1.
public func max(_ values: Vector) -> Double { reduced(values.elements, "max") { $0.reduce(-Double.infinity, Swift.max) } }
/// The largest element of a matrix; n ≥ 1.
public func max(_ values: Matrix) -> Double { reduced(values.elements, "max") { $0.reduce(-Double.infinity, Swift.max) } }
/// minᵢ xᵢ, the smallest element; n ≥ 1.
public func min(_ values: Vector) -> Double { reduced(values.elements, "min") { $0.reduce(Double.infinity, Swift.min) } }
/// The smallest element of a matrix; n ≥ 1.
public func min(_ values: Matrix) -> Double { reduced(values.elements, "min") { $0.reduce(Double.infinity, Swift.min) } }

/// `reduce` of at least one element.
private func reduced(_ values: [Double], _ name: String, _ reduce: ([Double]) -> Double) -> Double {
    requirement(!values.isEmpty, "\(name) needs at least one element")
    return reduce(values)
}

/// √n of an integer, as a `Double`: the interpreter converts an `Int` where a `Double` is expected, and lessons write
/// `sqrt(dModel)` with `dModel` an `Int` (Swift's own `sqrt` needs a `Double`).
public func sqrt(_ n: Int) -> Double { Double(n).squareRoot() }
