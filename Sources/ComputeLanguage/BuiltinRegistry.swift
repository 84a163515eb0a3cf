import TransformerCore

/// Every builtin function of swift-compute, by name; the language reference is generated from it.
public enum BuiltinRegistry {
    /// All builtins, in the order the reference lists them: the families of the math, then the figures.
    public static let all: [Builtin] = core + figures

    /// The families of the math, in the order the reference lists them.
    public static let families: [BuiltinFamily] = [
        numbersFamily, softmaxFamily, matricesFamily, geometryFamily, attentionFamily, embeddingsFamily, layersFamily,
        modelsFamily, samplingFamily,
    ]

    /// The builtins of the math.
    static let core: [Builtin] = families.flatMap(\.builtins)

    /// The builtins called `name` (overloads share a name).
    public static func named(_ name: String) -> [Builtin] {
        byName[name] ?? []
    }

    /// Every builtin name, sorted, for suggestions.
    public static let names: [String] = Array(Set(all.map(\.name))).sorted()

    private static let byName: [String: [Builtin]] = Dictionary(grouping: all, by: \.name)
}
