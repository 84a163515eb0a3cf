// The canonical forms of records (their type, then each member in the interpreter's order), masks, tables and figures.

extension AttentionResult: CanonicalValue {
    /// `AttentionResult`, then `.scores`, `.scaledScores`, `.maskedScores`, `.weights`, `.output`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "AttentionResult", ""))
        scores.canonical(path + ".scores", into: &leaves)
        scaledScores.canonical(path + ".scaledScores", into: &leaves)
        maskedScores.canonical(path + ".maskedScores", into: &leaves)
        weights.canonical(path + ".weights", into: &leaves)
        output.canonical(path + ".output", into: &leaves)
    }
}

extension MultiHeadAttentionResult: CanonicalValue {
    /// `MultiHeadAttentionResult`, then its projections, heads, head weights, concatenation and output.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "MultiHeadAttentionResult", ""))
        queries.canonical(path + ".queries", into: &leaves)
        keys.canonical(path + ".keys", into: &leaves)
        values.canonical(path + ".values", into: &leaves)
        heads.canonical(path + ".heads", into: &leaves)
        headWeights.canonical(path + ".headWeights", into: &leaves)
        concatenated.canonical(path + ".concatenated", into: &leaves)
        output.canonical(path + ".output", into: &leaves)
    }
}

extension QRDecomposition: CanonicalValue {
    /// `QRDecomposition`, then `.q` and `.r`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "QRDecomposition", ""))
        q.canonical(path + ".q", into: &leaves)
        r.canonical(path + ".r", into: &leaves)
    }
}

extension OrthogonalityDeviation: CanonicalValue {
    /// `OrthogonalityDeviation`, then `.frobeniusNorm` and `.largestOffDiagonal`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "OrthogonalityDeviation", ""))
        frobeniusNorm.canonical(path + ".frobeniusNorm", into: &leaves)
        largestOffDiagonal.canonical(path + ".largestOffDiagonal", into: &leaves)
    }
}

extension Model: CanonicalValue {
    /// `Model`, then every member in the order of the language reference.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "Model", ""))
        let members: [(String, any CanonicalValue)] = [
            ("name", name), ("source", source), ("parameters", parameters), ("weightParameters", weightParameters),
            ("nonEmbeddingParameters", nonEmbeddingParameters), ("parametersPerLayer", parametersPerLayer),
            ("vocabulary", vocabulary), ("context", context), ("dModel", dModel), ("layers", layers), ("heads", heads),
            ("kvHeads", kvHeads), ("dHead", dHead), ("dFF", dFF), ("attentionBiases", attentionBiases), ("mlpBiases", mlpBiases),
            ("tiedEmbeddings", tiedEmbeddings), ("norm", norm), ("position", position), ("mlp", mlp), ("tokenTypes", tokenTypes),
            ("embeddingNorm", embeddingNorm), ("finalNorm", finalNorm), ("pooler", pooler), ("findings", findings),
        ]
        for (name, value) in members { value.canonical("\(path).\(name)", into: &leaves) }
    }
}

extension AttentionMask: CanonicalValue {
    /// `AttentionMask` with the case's name, then its payload (`.keys`, `.length`, `.allowed`).
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        switch self {
        case .none: leaves.append(.init(path, "AttentionMask", "none"))
        case .causal: leaves.append(.init(path, "AttentionMask", "causal"))
        case let .padding(keys):
            leaves.append(.init(path, "AttentionMask", "padding"))
            keys.canonical(path + ".keys", into: &leaves)
        case let .validLength(length):
            leaves.append(.init(path, "AttentionMask", "validLength"))
            length.canonical(path + ".length", into: &leaves)
        case let .explicit(allowed):
            leaves.append(.init(path, "AttentionMask", "explicit"))
            allowed.canonical(path + ".allowed", into: &leaves)
        }
    }
}

extension Table: CanonicalValue {
    /// `Table` with its size, the headers at `.columns`, then each cell at `[row, column]` (a percentage as `Percent`).
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "Table", "\(rows.count)×\(columns.count)"))
        columns.canonical(path + ".columns", into: &leaves)
        for (i, row) in rows.enumerated() {
            for (j, cell) in row.enumerated() {
                let at = "\(path)[\(i), \(j)]"
                switch cell {
                case let .text(text): text.canonical(at, into: &leaves)
                case let .integer(n): n.canonical(at, into: &leaves)
                case let .real(x): x.canonical(at, into: &leaves)
                case let .percent(x): leaves.append(.init(at, "Percent", "\(x)"))
                }
            }
        }
    }
}

extension Figure: CanonicalValue {
    /// `Figure` with its kind, `.title`, `.scale` when fixed, then its data and labels.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "Figure", kindName))
        title.canonical(path + ".title", into: &leaves)
        if let scale { [scale.lowerBound, scale.upperBound].canonical(path + ".scale", into: &leaves) }
        switch kind {
        case let .heatmap(values, rows, columns):
            values.canonical(path + ".values", into: &leaves)
            rows.canonical(path + ".rows", into: &leaves)
            columns.canonical(path + ".columns", into: &leaves)
        case let .bars(categories, series, xLabel, yLabel):
            categories.canonical(path + ".categories", into: &leaves)
            Self.canonical(series, path, into: &leaves)
            xLabel.canonical(path + ".xLabel", into: &leaves)
            yLabel.canonical(path + ".yLabel", into: &leaves)
        case let .lines(x, series, xLabel, yLabel):
            x.canonical(path + ".x", into: &leaves)
            Self.canonical(series, path, into: &leaves)
            xLabel.canonical(path + ".xLabel", into: &leaves)
            yLabel.canonical(path + ".yLabel", into: &leaves)
        }
    }

    /// Each series' name and values at `.series[k]`.
    private static func canonical(_ series: [Series], _ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path + ".series", "List", String(series.count)))
        for (k, one) in series.enumerated() {
            one.name.canonical("\(path).series[\(k)].name", into: &leaves)
            one.values.canonical("\(path).series[\(k)].values", into: &leaves)
        }
    }
}
