#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Softmax with temperature, stable for large logits.
public enum Softmax {
    /// softmax(z / T)ᵢ = exp((zᵢ − max z) / T) / Σⱼ exp((zⱼ − max z) / T), for T > 0.
    ///
    /// Subtracting the maximum keeps every exponent ≤ 0, so [1000, 999, 998] stays finite;
    /// a logit of −∞ gets exactly 0; [1e308, −1e308] at T = 1e308 is softmax([1, −1]) (`shifted`). All logits −∞ (or any NaN or +∞) is an error.
    public static func apply(_ logits: [Double], temperature: Double = 1) throws(TransformerError) -> [Double] {
        guard temperature > 0, temperature.isFinite else {
            throw .invalidArgument(name: "temperature", value: temperature, requirement: "finite and greater than 0")
        }
        guard let maximum = logits.max() else { throw .empty(operation: "softmax") }
        if let bad = logits.first(where: { $0.isNaN || $0 == .infinity }) {
            throw .invalidArgument(name: "logit", value: bad, requirement: "finite or −∞")
        }
        guard maximum.isFinite else {
            throw .invalidArgument(name: "largest logit", value: maximum, requirement: "finite (all logits are −∞)")
        }
        let exponentials = logits.map { $0 == -.infinity ? 0 : exp(shifted($0, by: maximum, temperature: temperature)) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    /// Softmax with temperature applied to each row of a matrix independently.
    public static func apply(rowsOf matrix: Matrix, temperature: Double = 1) throws(TransformerError) -> Matrix {
        var elements: [Double] = []
        elements.reserveCapacity(matrix.elements.count)
        for i in 0..<matrix.rows {
            elements += try apply(matrix.row(i), temperature: temperature)
        }
        return try Matrix(rows: matrix.rows, columns: matrix.columns, elements: elements)
    }
}
