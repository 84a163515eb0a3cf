import TransformerCore

extension TypeNamespace {
    /// `.nats` and `.bits`, the units of `entropy(_:unit:)`.
    static let informationUnit = enumeration(
        InformationUnit.self, as: .unit, summary: "the unit of an entropy; 1 bit = ln 2 nats"
    ) { unit in
        switch unit {
        case .nats: "natural units: H = −Σ pᵢ ln pᵢ"
        case .bits: "binary units: H = −Σ pᵢ log₂ pᵢ = H_nats / ln 2"
        }
    }

    /// The nonlinearities of `feedForward` and `gatedFeedForward`.
    static let activation = enumeration(
        Activation.self, as: .activation, summary: "the element-wise nonlinearity f of a feed-forward layer"
    ) { activation in
        switch activation {
        case .relu: "ReLU(x) = max(0, x)"
        case .gelu: "GELU(x) = x·Φ(x) = 0.5·x·(1 + erf(x/√2)), the exact form"
        case .geluTanh: "0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), GELU's tanh approximation"
        case .swish: "Swish(x) = SiLU(x) = x·σ(x) = x / (1 + e^(−x)); gated, SwiGLU"
        }
    }

    /// `.architecture` and `.weightsOnly`, the two ways of counting a model's parameters.
    static let accounting = enumeration(
        ParameterBreakdown.Accounting.self, as: .accounting, summary: "which parameters a count includes"
    ) { accounting in
        switch accounting {
        case .architecture: "every trainable parameter: embeddings, weights, biases, norms, learned positions; tied matrices once"
        case .weightsOnly: "weight matrices only, untied: embedding, W_Q, W_K, W_V, W_O, the MLP's matrices and the unembedding"
        }
    }

    /// The components of a parameter table.
    static let parameterComponent = enumeration(
        ParameterComponent.self, as: .component, summary: "one group of a model's parameters, a row of `parameterTable(_:)`"
    ) { $0.title }

    /// The number formats of weights and caches.
    static let precision = enumeration(
        ModelConfiguration.Precision.self, as: .precision, summary: "a number format for weights or cached keys and values"
    ) { "\($0.bits) bits per element" }

    /// `.layerNorm` and `.rmsNorm`.
    static let normKind = enumeration(
        ModelConfiguration.NormKind.self, as: .norm, summary: "the normalization of a model's blocks"
    ) { norm in
        switch norm {
        case .layerNorm: "LayerNorm: γ and β, 2·d_model parameters per norm"
        case .rmsNorm: "RMSNorm: γ only, d_model parameters per norm"
        }
    }

    /// How positions enter a model.
    static let positionKind = enumeration(
        ModelConfiguration.PositionKind.self, as: .position, summary: "how a model encodes positions"
    ) { position in
        switch position {
        case .learned: "a learned embedding per position: n_ctx × d_model parameters"
        case .sinusoidal: "fixed sines and cosines (Vaswani et al. 2017): no parameters"
        case .rotary: "rotary embeddings of queries and keys: no parameters"
        case .none: "no position information"
        }
    }

    /// The forms of a model's MLP.
    static let mlpKind = enumeration(
        ModelConfiguration.MLPKind.self, as: .mlp, summary: "the form of a model's MLP"
    ) { mlp in
        switch mlp {
        case .gelu: "W_down · GELU(W_up · x): two matrices"
        case .relu: "W_down · ReLU(W_up · x): two matrices"
        case .swiGLU: "W_down · (SiLU(W_gate · x) ⊙ W_up · x): three matrices"
        }
    }
}
