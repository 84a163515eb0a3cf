/// A broken invariant of a configuration, with the numbers that break it; a report, not an error.
///
/// Published tables contain such inconsistencies (GPT-3 XL prints d_model 2048 with
/// 24 heads × 128 = 3072), so they are listed rather than thrown, and counts still use the
/// printed values.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    /// The invariant that does not hold.
    public let rule: Rule
    /// The named numbers the rule compares, in the order the description states them.
    public let quantities: [Quantity]
    /// The model the finding is about.
    public let model: String

    /// A finding about `model` from its rule and quantities.
    public init(rule: Rule, quantities: [Quantity], model: String) {
        self.rule = rule
        self.quantities = quantities
        self.model = model
    }

    /// The value of the quantity named `name`, or nil if the finding has none.
    public func value(_ name: String) -> Int? {
        quantities.first { $0.name == name }?.value
    }

    /// "GPT-3 XL: d_model = heads × d_head fails: d_model = 2048, n_heads = 24, d_head = 128, n_heads × d_head = 3072".
    public var description: String {
        let numbers = quantities.map(\.description).joined(separator: ", ")
        return "\(model.isEmpty ? "" : model + ": ")\(rule.statement) fails: \(numbers)"
    }
}
