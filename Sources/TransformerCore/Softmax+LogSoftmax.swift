#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Softmax {
    /// log softmax(z / T)ᵢ = (zᵢ − max z) / T − ln Σⱼ exp((zⱼ − max z) / T), for T > 0.
    ///
    /// Computed without forming the probabilities, so tiny ones keep their digits; a logit of −∞
    /// gives −∞. All logits −∞ (or any NaN or +∞) is an error, as for `apply`.
    public static func logSoftmax(_ logits: [Double], temperature: Double = 1) throws(TransformerError) -> [Double] {
        let maximum = try largestLogit(logits, temperature: temperature, operation: "log-softmax")
        let shifted = logits.map { Self.shifted($0, by: maximum, temperature: temperature) }
        let logTotal = log(shifted.reduce(0) { $0 + exp($1) })
        return shifted.map { $0 - logTotal }
    }

    /// Log-softmax with temperature applied to each row of a matrix independently.
    public static func logSoftmax(rowsOf matrix: Matrix, temperature: Double = 1) throws(TransformerError) -> Matrix {
        var result = matrix
        for i in 0..<matrix.rows {
            for (j, value) in try logSoftmax(matrix.row(i), temperature: temperature).enumerated() { result[i, j] = value }
        }
        return result
    }
}
