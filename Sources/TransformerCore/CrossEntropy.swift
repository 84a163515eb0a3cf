#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The training loss of a next-token prediction: cross-entropy against a target index, and the one-hot targets.
public enum CrossEntropy {
    /// −ln p_t, the cross-entropy H(y, p) = −Σᵢ yᵢ ln pᵢ of a one-hot y at `target` t; p is a distribution
    /// (≥ 0, Σ p = 1 within 1e-9) and p_t > 0.
    public static func loss(_ probabilities: [Double], target: Int) throws(TransformerError) -> Double {
        _ = try Sampling.checkedTotal(probabilities, operation: "crossEntropy")
        try checkTarget(target, count: probabilities.count)
        guard probabilities[target] > 0 else {
            throw .invalidArgument(name: "target", value: Double(target), requirement: "an index of a probability above 0 (−ln 0 is infinite)")
        }
        return -log(probabilities[target])
    }

    /// −log softmax(z)_t = ln Σⱼ exp(zⱼ − max z) − (z_t − max z), from the logits without forming p (exact where p_t
    /// underflows); z_t = −∞ is an error.
    public static func loss(logits: [Double], target: Int) throws(TransformerError) -> Double {
        let maximum = try Softmax.largestLogit(logits, temperature: 1, operation: "crossEntropy")
        try checkTarget(target, count: logits.count)
        guard logits[target] > -.infinity else {
            throw .invalidArgument(name: "target", value: Double(target), requirement: "an index of a logit above −∞ (−ln 0 is infinite)")
        }
        let logTotal = log(logits.reduce(0) { $0 + exp($1 - maximum) })
        return logTotal - (logits[target] - maximum)
    }

    /// (1/n) Σᵢ −ln P[i, tᵢ], the mean cross-entropy of n rows of probabilities against one target per row.
    public static func meanLoss(rowsOf probabilities: Matrix, targets: [Int]) throws(TransformerError) -> Double {
        try meanLoss(rows: probabilities.rows, targets: targets) { i, target throws(TransformerError) in
            try loss(probabilities.row(i), target: target)
        }
    }

    /// (1/n) Σᵢ −log softmax(Z[i])_tᵢ, the mean cross-entropy of n rows of logits against one target per row.
    public static func meanLoss(logitsRowsOf logits: Matrix, targets: [Int]) throws(TransformerError) -> Double {
        try meanLoss(rows: logits.rows, targets: targets) { i, target throws(TransformerError) in
            try loss(logits: logits.row(i), target: target)
        }
    }

    /// The one-hot vector eᵢ of length `count`: 1 at `index`, 0 elsewhere; 0 ≤ index < count.
    public static func oneHot(_ index: Int, count: Int) throws(TransformerError) -> [Double] {
        guard count >= 1 else { throw .invalidArgument(name: "count", value: Double(count), requirement: "at least 1") }
        try checkTarget(index, count: count, name: "index")
        var result = [Double](repeating: 0, count: count)
        result[index] = 1
        return result
    }

    /// The mean of `rowLoss` over `rows` rows, one target per row; at least one row.
    private static func meanLoss(
        rows: Int, targets: [Int], _ rowLoss: (Int, Int) throws(TransformerError) -> Double
    ) throws(TransformerError) -> Double {
        guard rows >= 1 else { throw .empty(operation: "crossEntropy") }
        guard targets.count == rows else {
            throw .invalidArgument(name: "number of targets", value: Double(targets.count), requirement: "\(rows) (one per row)")
        }
        var total = 0.0
        for (i, target) in targets.enumerated() { total += try rowLoss(i, target) }
        return total / Double(rows)
    }

    /// Checks that `target` indexes one of `count` entries.
    private static func checkTarget(_ target: Int, count: Int, name: String = "target") throws(TransformerError) {
        guard target >= 0, target < count else {
            throw .invalidArgument(name: name, value: Double(target), requirement: "between 0 and \(count - 1)")
        }
    }
}
