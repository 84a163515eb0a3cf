/// A model's parameters by component, per layer and in total, each with its share of the total.
///
/// Built by `ModelConfiguration.parameterBreakdown(_:)` with integer arithmetic checked for overflow.
public struct ParameterBreakdown: Hashable, Sendable {
    /// The name of the configuration counted.
    public let model: String
    /// Which parameters were counted: the whole architecture or its weight matrices only.
    public let accounting: Accounting
    /// n_layers of the configuration counted.
    public let layers: Int
    /// The counted components in table order (`ParameterComponent.allCases` order); absent ones are left out.
    public let entries: [Entry]
    /// Σ of every entry's `count`.
    public let total: Int
    /// The parameters of one layer: Σ of `perLayer` over the per-layer entries.
    public let perLayer: Int

    /// The entry of `component`, or nil if the model has no such component in this accounting.
    public func entry(_ component: ParameterComponent) -> Entry? {
        entries.first { $0.component == component }
    }

    /// The parameters of `component` over all layers; 0 if absent (or tied).
    public func count(_ component: ParameterComponent) -> Int {
        entry(component)?.count ?? 0
    }

    /// count(component) / total, a fraction in [0, 1]; 0 if the total is 0.
    public func share(_ component: ParameterComponent) -> Double {
        entry(component)?.share ?? 0
    }

    /// 100 · share(component): the component's share of the total in percent.
    public func percent(_ component: ParameterComponent) -> Double {
        share(component) * 100
    }

    /// Σ count(c) over `components` (each counted once); never overflows, being at most `total`.
    public func count(of components: some Sequence<ParameterComponent>) -> Int {
        Set(components).reduce(0) { $0 + count($1) }
    }

    /// n_layers · perLayer: the parameters of all blocks together.
    public var allLayers: Int {
        entries.filter { $0.component.isPerLayer }.reduce(0) { $0 + $1.count }
    }

    /// total − (token, position and token-type embeddings and the unembedding).
    public var nonEmbedding: Int {
        total - count(of: ParameterComponent.allCases.filter(\.isEmbedding))
    }
}
