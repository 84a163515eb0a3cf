import TransformerCore

// Parameter tables and counts of models, compute and memory.

/// The parameters by component: dimensions, count and share of the total, then the total.
public func parameterTable(_ model: Model, accounting: Accounting = .architecture) -> Table {
    let breakdown = must { () throws(TransformerError) in try model.configuration.parameterBreakdown(accounting) }
    var rows: [[Table.Cell]] = breakdown.entries.map { entry in
        let name = entry.tiedTo.map { "\(entry.component.title) (tied to \($0.title.lowercased()))" } ?? entry.component.title
        return [.text(name), .text(entry.dimensions), .integer(entry.count), .percent(entry.share)]
    }
    rows.append([.text("Total"), .text(""), .integer(breakdown.total), .percent(breakdown.total == 0 ? 0 : 1)])
    return Table(columns: ["component", "dimensions", "count", "share"], rows: rows)
}

/// The parameters of one component over all layers (0 if the model has none, or ties it).
public func parameterCount(_ model: Model, of component: ParameterComponent, accounting: Accounting = .architecture) -> Int {
    must { () throws(TransformerError) in try model.configuration.parameterBreakdown(accounting) }.count(component)
}

/// count / total of one component, a fraction.
public func parameterShare(_ model: Model, of component: ParameterComponent, accounting: Accounting = .architecture) -> Double {
    must { () throws(TransformerError) in try model.configuration.parameterBreakdown(accounting) }.share(component)
}

/// C_forward = 2·N + 2·n_layers·n_ctx·d_attn per token (Kaplan et al. 2020).
public func forwardFLOPs(_ model: Model) -> Int {
    must { () throws(TransformerError) in try model.configuration.forwardFLOPsPerToken() }
}

/// The same with the attention over `context` earlier tokens.
public func forwardFLOPs(_ model: Model, context: Int) -> Int {
    must { () throws(TransformerError) in try model.configuration.forwardFLOPsPerToken(contextLength: context) }
}

/// C ≈ 6·N·D FLOPs to train on D tokens, N = `.parameters`.
public func trainingFLOPs(_ model: Model, tokens: Int) -> Double {
    must { () throws(TransformerError) in try model.configuration.trainingFLOPs(tokens: tokens) }
}

/// 2 · n_layers · n_ctx · n_kv_heads · d_head · batch · bits / 8 bytes.
public func kvCacheBytes(_ model: Model, precision: Precision, batch: Int = 1) -> Int {
    must { () throws(TransformerError) in try model.configuration.keyValueCacheBytes(precision: precision, batch: batch) }
}

/// The same for `context` tokens.
public func kvCacheBytes(_ model: Model, precision: Precision, context: Int, batch: Int = 1) -> Int {
    must { () throws(TransformerError) in
        try model.configuration.keyValueCacheBytes(precision: precision, batch: batch, contextLength: context)
    }
}

/// ⌈parameters · bits / 8⌉ bytes to store the weights.
public func weightBytes(_ model: Model, precision: Precision) -> Int {
    must { () throws(TransformerError) in try model.configuration.weightBytes(precision: precision) }
}
