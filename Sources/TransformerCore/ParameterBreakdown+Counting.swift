extension ParameterBreakdown {
    /// A component to count: its factors (per layer, without n_layers, if it is per layer).
    private struct Term {
        let component: ParameterComponent
        let factors: [Factor]
        var tiedTo: ParameterComponent? = nil
    }

    /// Counts `configuration` under `accounting`, checking every product and sum for overflow.
    ///
    /// Architecture accounting, with d = d_model, A = n_heads · d_head, A_kv = n_kv_heads · d_head,
    /// N_norm = 2·d for LayerNorm or d for RMSNorm:
    /// - embeddings: n_vocab·d (token) + n_ctx·d (learned positions) + types·d (token types) + N_norm (embedding norm);
    /// - each layer: d·A (W_Q) + d·A_kv (W_K) + d·A_kv (W_V) + A·d (W_O), biases A + A_kv + A_kv + d,
    ///   d·d_ff (W_up) + d·d_ff (W_gate, SwiGLU) + d_ff·d (W_down), biases d_ff (+ d_ff) + d, two norms 2·N_norm;
    /// - after the layers: N_norm (final norm) + n_vocab·d (unembedding, 0 when tied) + d·d + d (pooler).
    ///
    /// Weights-only accounting keeps n_vocab·d (token), the per-layer W_Q, W_K, W_V, W_O, W_up, W_gate,
    /// W_down, and d·n_vocab (unembedding, counted even when tied).
    init(counting configuration: ModelConfiguration, accounting: Accounting) throws(TransformerError) {
        try configuration.requireNonNegativeDimensions()
        let c = configuration
        let model = Factor("d_model", c.modelDimension)
        let vocabulary = Factor("n_vocab", c.vocabularySize)
        let head = Factor("d_head", c.headDimension)
        let heads = Factor("n_heads", c.heads)
        let keyValueHeads = Factor(c.keyValueHeads == c.heads ? "n_heads" : "n_kv_heads", c.keyValueHeads)
        let hidden = Factor("d_ff", c.feedForwardDimension)
        let normFactors = c.norm == .layerNorm ? [Factor("γ, β", 2), model] : [model]
        let full = accounting == .architecture

        var terms: [Term] = [Term(component: .tokenEmbedding, factors: [model, vocabulary])]
        if full {
            if c.position.isLearned {
                terms.append(Term(component: .positionEmbedding, factors: [Factor("n_ctx", c.contextLength), model]))
            }
            if c.tokenTypes > 0 {
                terms.append(Term(component: .tokenTypeEmbedding, factors: [Factor("token types", c.tokenTypes), model]))
            }
            if c.embeddingNorm { terms.append(Term(component: .embeddingNorm, factors: normFactors)) }
        }
        let attentionBiases = full && c.attentionBiases
        let mlpBiases = full && c.mlpBiases
        terms.append(Term(component: .queryWeight, factors: [head, model, heads]))
        if attentionBiases { terms.append(Term(component: .queryBias, factors: [head, heads])) }
        terms.append(Term(component: .keyWeight, factors: [head, model, keyValueHeads]))
        if attentionBiases { terms.append(Term(component: .keyBias, factors: [head, keyValueHeads])) }
        terms.append(Term(component: .valueWeight, factors: [head, model, keyValueHeads]))
        if attentionBiases { terms.append(Term(component: .valueBias, factors: [head, keyValueHeads])) }
        terms.append(Term(component: .outputWeight, factors: [model, head, heads]))
        if attentionBiases { terms.append(Term(component: .outputBias, factors: [model])) }
        if full { terms.append(Term(component: .attentionNorm, factors: normFactors)) }
        terms.append(Term(component: .mlpUpWeight, factors: [hidden, model]))
        if mlpBiases { terms.append(Term(component: .mlpUpBias, factors: [hidden])) }
        if c.mlp.hasGate {
            terms.append(Term(component: .mlpGateWeight, factors: [hidden, model]))
            if mlpBiases { terms.append(Term(component: .mlpGateBias, factors: [hidden])) }
        }
        terms.append(Term(component: .mlpDownWeight, factors: [hidden, model]))
        if mlpBiases { terms.append(Term(component: .mlpDownBias, factors: [model])) }
        if full { terms.append(Term(component: .mlpNorm, factors: normFactors)) }
        if full && c.finalNorm { terms.append(Term(component: .finalNorm, factors: normFactors)) }
        terms.append(Term(
            component: .unembedding,
            factors: [vocabulary, model],
            tiedTo: full && c.tiedEmbeddings ? .tokenEmbedding : nil
        ))
        if full && c.pooler {
            terms.append(Term(component: .poolerWeight, factors: [model, model]))
            terms.append(Term(component: .poolerBias, factors: [model]))
        }

        let layers = Factor("n_layers", c.layers)
        var counted: [(component: ParameterComponent, factors: [Factor], perLayer: Int?, count: Int, tiedTo: ParameterComponent?)] = []
        for term in terms {
            let title = c.name.isEmpty ? term.component.title : "\(c.name): \(term.component.title)"
            if term.component.isPerLayer {
                let factors = term.factors + [layers]
                let perLayer = try ModelConfiguration.checkedProduct(
                    term.factors.map(\.value), of: "\(title) per layer (\(term.factors.map(\.symbol).joined(separator: " × ")))"
                )
                let count = try ModelConfiguration.checkedProduct(
                    factors.map(\.value), of: "\(title) (\(factors.map(\.symbol).joined(separator: " × ")))"
                )
                counted.append((term.component, factors, perLayer, count, nil))
            } else {
                let size = try ModelConfiguration.checkedProduct(
                    term.factors.map(\.value), of: "\(title) (\(term.factors.map(\.symbol).joined(separator: " × ")))"
                )
                counted.append((term.component, term.factors, nil, term.tiedTo == nil ? size : 0, term.tiedTo))
            }
        }
        let modelName = c.name.isEmpty ? "the model" : c.name
        let total = try ModelConfiguration.checkedSum(counted.map(\.count), of: "total parameters of \(modelName)")
        let perLayer = try ModelConfiguration.checkedSum(counted.compactMap(\.perLayer), of: "parameters per layer of \(modelName)")

        self.model = c.name
        self.accounting = accounting
        self.layers = c.layers
        self.total = total
        self.perLayer = perLayer
        self.entries = counted.map { item in
            Entry(
                component: item.component,
                factors: item.factors,
                perLayer: item.perLayer,
                count: item.count,
                tiedTo: item.tiedTo,
                share: total == 0 ? 0 : Double(item.count) / Double(total)
            )
        }
    }
}
