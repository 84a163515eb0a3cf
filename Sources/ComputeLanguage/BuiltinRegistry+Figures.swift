extension BuiltinRegistry {
    /// The builtins that make figures and tables (`heatmap`, `bars`, `lines`, `table`).
    static let figures: [Builtin] = []
}
