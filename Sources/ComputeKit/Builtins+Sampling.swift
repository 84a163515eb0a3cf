import TransformerCore

// Orderings, top-k and top-p truncation, seeded draws and the cross-entropy loss, over TransformerCore's `Sampling` and
// `CrossEntropy`. Indices come back as a `Vector` of whole numbers, as in the interpreter; targets go in as one.

/// The permutation π with x_π(0) ≤ x_π(1) ≤ … (≥ when descending), equal values in index order (a stable sort).
public func argsort(_ values: Vector, descending: Bool = false) -> Vector {
    indexVector(must { () throws(TransformerError) in try Sampling.argsort(values.elements, descending: descending) })
}

/// Sᵢ = Σⱼ≤ᵢ xⱼ, the running total added left to right.
public func cumulativeSum(_ values: Vector) -> Vector { Vector(Sampling.cumulativeSum(values.elements)) }

/// qᵢ = pᵢ / Σⱼ∈S pⱼ for the k largest pᵢ (S; equal ones by index), 0 elsewhere; p ≥ 0, Σ p = 1, 1 ≤ k ≤ n.
public func topK(_ probabilities: Vector, k: Int) -> Vector {
    Vector(must { () throws(TransformerError) in try Sampling.topK(probabilities.elements, k: k) })
}

/// Nucleus truncation: S = the shortest descending prefix whose mass reaches p, qᵢ = pᵢ / Σⱼ∈S pⱼ on S; 0 < p ≤ 1.
public func topP(_ probabilities: Vector, p: Double) -> Vector {
    Vector(must { () throws(TransformerError) in try Sampling.topP(probabilities.elements, p: p) })
}

/// One index drawn with P(i) = pᵢ by inverse CDF on the first uniform of SplitMix64(seed); seed ≥ 0.
public func sample(_ probabilities: Vector, seed: Int) -> Int {
    must { () throws(TransformerError) in try Sampling.sample(probabilities.elements, seed: seedValue(seed)) }
}

/// count independent draws, the k-th on the k-th uniform of SplitMix64(seed); count ≥ 1, seed ≥ 0.
public func sample(_ probabilities: Vector, count: Int, seed: Int) -> Vector {
    indexVector(must { () throws(TransformerError) in try Sampling.sample(probabilities.elements, count: count, seed: seedValue(seed)) })
}

/// H(y, p) = −ln p_t for the one-hot y at the target t, in nats; p ≥ 0, Σ p = 1, p_t > 0.
public func crossEntropy(_ probabilities: Vector, target: Int) -> Double {
    must { () throws(TransformerError) in try CrossEntropy.loss(probabilities.elements, target: target) }
}

/// (1/n) Σᵢ −ln P[i, tᵢ], the mean loss of n rows of probabilities, one target index per row.
public func crossEntropy(_ probabilities: Matrix, targets: Vector) -> Double {
    must { () throws(TransformerError) in try CrossEntropy.meanLoss(rowsOf: probabilities.core, targets: indices(targets)) }
}

/// −log softmax(z)_t = ln Σⱼ exp(zⱼ − max z) − (z_t − max z), from the logits.
public func crossEntropy(logits: Vector, target: Int) -> Double {
    must { () throws(TransformerError) in try CrossEntropy.loss(logits: logits.elements, target: target) }
}

/// (1/n) Σᵢ −log softmax(Z[i])_tᵢ, the mean loss of n rows of logits, one target index per row.
public func crossEntropy(logits: Matrix, targets: Vector) -> Double {
    must { () throws(TransformerError) in try CrossEntropy.meanLoss(logitsRowsOf: logits.core, targets: indices(targets)) }
}

/// eᵢ, the vector of length count with 1 at index i and 0 elsewhere; 0 ≤ i < count.
public func oneHot(_ index: Int, count: Int) -> Vector {
    Vector(must { () throws(TransformerError) in try CrossEntropy.oneHot(index, count: count) })
}

/// 0-based indices as a vector of whole numbers.
private func indexVector(_ indices: [Int]) -> Vector { Vector(indices.map(Double.init)) }

/// The elements of a vector of indices; each must be a whole number.
private func indices(_ targets: Vector) -> [Int] {
    targets.elements.map { x in
        requirement(Int(exactly: x) != nil, "target must be a whole number (an index), got \(x)")
        return Int(exactly: x) ?? 0
    }
}
