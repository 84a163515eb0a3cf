extension Sampling {
    /// One index drawn from p by inverse CDF: u = the first uniform of `SplitMix64(seed:)` (u ∈ [0, 1)),
    /// the result is the smallest i with u · Σⱼ pⱼ < Sᵢ, S the cumulative sum (so P(i) = pᵢ / Σⱼ pⱼ, never a pᵢ = 0).
    public static func sample(_ probabilities: [Double], seed: UInt64) throws(TransformerError) -> Int {
        try sample(probabilities, count: 1, seed: seed)[0]
    }

    /// `count` independent draws from p, the k-th by inverse CDF on the k-th uniform of `SplitMix64(seed:)`:
    /// xₖ = the smallest i with uₖ · Σⱼ pⱼ < Sᵢ (a binary search in the cumulative sum S); count ≥ 1.
    public static func sample(_ probabilities: [Double], count: Int, seed: UInt64) throws(TransformerError) -> [Int] {
        let total = try checkedTotal(probabilities, operation: "sample")
        guard count >= 1 else {
            throw .invalidArgument(name: "count", value: Double(count), requirement: "at least 1")
        }
        let cumulative = cumulativeSum(probabilities)
        // u · Σ p can round up to Σ p itself; then the last index with pᵢ > 0 is drawn, which u < 1 approaches.
        let last = probabilities.lastIndex { $0 > 0 } ?? probabilities.count - 1
        var generator = SplitMix64(seed: seed)
        var draws: [Int] = []
        draws.reserveCapacity(count)
        for _ in 0..<count {
            let target = generator.nextUniform() * total
            var low = 0, high = cumulative.count
            while low < high {
                let middle = (low + high) / 2
                if cumulative[middle] > target { high = middle } else { low = middle + 1 }
            }
            draws.append(min(low, last))
        }
        return draws
    }
}
