import TransformerCore

// Softmax with temperature, log-softmax, entropy and argmax; T ≤ 0 breaks the requirement.

/// softmax(z / T)ᵢ = exp(zᵢ / T) / Σⱼ exp(zⱼ / T); T > 0.
public func softmax(_ logits: Vector, temperature: Double = 1) -> Vector {
    Vector(must { () throws(TransformerError) in try Softmax.apply(logits.elements, temperature: temperature) })
}

/// softmax(z / T) of each row of a matrix; T > 0.
public func softmax(_ logits: Matrix, temperature: Double = 1) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Softmax.apply(rowsOf: logits.core, temperature: temperature) })
}

/// log softmax(z / T)ᵢ = (zᵢ − max z) / T − ln Σⱼ exp((zⱼ − max z) / T).
public func logSoftmax(_ logits: Vector, temperature: Double = 1) -> Vector {
    Vector(must { () throws(TransformerError) in try Softmax.logSoftmax(logits.elements, temperature: temperature) })
}

/// log softmax(z / T) of each row of a matrix.
public func logSoftmax(_ logits: Matrix, temperature: Double = 1) -> Matrix {
    Matrix(must { () throws(TransformerError) in try Softmax.logSoftmax(rowsOf: logits.core, temperature: temperature) })
}

/// H(p) = −Σᵢ pᵢ ln pᵢ in nats (÷ ln 2 in bits), with 0 · ln 0 = 0; p ≥ 0 and Σ p = 1 (within 1e-9).
public func entropy(_ probabilities: Vector, unit: InformationUnit = .nats) -> Double {
    must { () throws(TransformerError) in try Softmax.entropy(probabilities.elements, unit: unit) }
}

/// H(softmax(z / T)) from the logits, with log p from logSoftmax; T > 0.
public func entropy(logits: Vector, temperature: Double = 1, unit: InformationUnit = .nats) -> Double {
    must { () throws(TransformerError) in try Softmax.entropy(logits: logits.elements, temperature: temperature, unit: unit) }
}

/// argmaxᵢ xᵢ, the 0-based index of the largest value (the first on ties).
public func argmax(_ values: Vector) -> Int {
    must { () throws(TransformerError) in try Softmax.argmax(values.elements) }
}

/// The argmax of each row of a matrix, one 0-based index per row.
public func argmax(_ rows: Matrix) -> Vector {
    Vector(must { () throws(TransformerError) in try Softmax.argmax(rowsOf: rows.core) }.map(Double.init))
}
