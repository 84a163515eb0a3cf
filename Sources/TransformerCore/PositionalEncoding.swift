#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Positional encodings added to token embeddings so that attention can tell positions apart.
public enum PositionalEncoding {
    /// The sinusoidal encoding of Vaswani et al. (2017), one row per position and one column per dimension:
    /// PE(pos, 2i) = sin(pos / base^(2i/d)) and PE(pos, 2i+1) = cos(pos / base^(2i/d)), with base 10000.
    ///
    /// Positions run from 0 to `positions` − 1. With an odd d_model the last column is a sine
    /// (column d − 1 = 2i with i = (d − 1)/2), and its cosine partner is left out.
    public static func sinusoidal(
        positions: Int, dimension: Int, base: Double = 10_000
    ) throws(TransformerError) -> Matrix {
        guard positions >= 0 else {
            throw .invalidArgument(name: "number of positions", value: Double(positions), requirement: "at least 0")
        }
        guard dimension >= 1 else {
            throw .invalidArgument(name: "d_model", value: Double(dimension), requirement: "at least 1")
        }
        guard base > 1, base.isFinite else {
            throw .invalidArgument(name: "base", value: base, requirement: "finite and greater than 1")
        }
        var encoding = try Matrix(rows: positions, columns: dimension)
        for column in 0..<dimension {
            let pair = column / 2
            let frequency = pow(base, Double(2 * pair) / Double(dimension))
            for position in 0..<positions {
                let angle = Double(position) / frequency
                encoding[position, column] = column.isMultiple(of: 2) ? sin(angle) : cos(angle)
            }
        }
        return encoding
    }
}
