/// `a ≈ b`: approximately equal, as the interpreter's `≈`, for numbers, vectors and matrices of one shape.
///
/// The interpreter reads the written digits of a decimal literal (`0.867` is ±0.0005). A compiled program only has the
/// literal's value, so ComputeKit reads the digits of its shortest decimal form instead: a value with at most
/// `maximumWrittenDecimals` decimals (not a whole number) on the right (else the left) is matched to that precision,
/// |a − b| ≤ ½·10⁻ᵏ; any other pair needs |a − b| ≤ 1e-9·max(1, |a|, |b|). A literal written with trailing zeros
/// (`0.090`) is read as `0.09`, a looser bound: a deviation listed in the README.
public enum Approximation {
    /// The most decimals a value may have to be read as written: more is a computed value.
    public static let maximumWrittenDecimals = 8

    /// Whether x ≈ y, with y's (else x's) written precision when it looks written.
    public static func matches(_ x: Double, _ y: Double) -> Bool {
        if let decimals = writtenDecimals(y) { return abs(x - y) <= bound(decimals) }
        if let decimals = writtenDecimals(x) { return abs(x - y) <= bound(decimals) }
        return abs(x - y) <= 1e-9 * Swift.max(1, abs(x), abs(y))
    }

    /// The decimals of x's shortest round-trip form, when it has 1 ... `maximumWrittenDecimals` of them.
    public static func writtenDecimals(_ x: Double) -> Int? {
        guard x.isFinite, x != x.rounded() else { return nil }
        let text = "\(x)"
        guard !text.contains("e"), let point = text.firstIndex(of: ".") else { return nil }
        let decimals = text.distance(from: point, to: text.endIndex) - 1
        return decimals <= maximumWrittenDecimals ? decimals : nil
    }

    /// ½·10⁻ᵏ, with a relative slack of a few ulps for the decimal's own rounding.
    private static func bound(_ decimals: Int) -> Double {
        0.5 * pow(10, -Double(decimals)) * (1 + 1e-9)
    }
}

/// x ≈ y for numbers.
public func ≈ (x: Double, y: Double) -> Bool { Approximation.matches(x, y) }

/// a ≈ b element by element; a and b of one length.
public func ≈ (a: Vector, b: Vector) -> Bool {
    requirement(a.count == b.count, "'≈' needs operands of one shape, got \(a.count) and \(b.count)")
    return zip(a.elements, b.elements).allSatisfy { Approximation.matches($0, $1) }
}

/// A ≈ B element by element; A and B of one shape.
public func ≈ (a: Matrix, b: Matrix) -> Bool {
    requirement(a.shape == b.shape, "'≈' needs operands of one shape, got \(a.shape) and \(b.shape)")
    return zip(a.elements, b.elements).allSatisfy { Approximation.matches($0, $1) }
}
