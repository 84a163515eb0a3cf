/// The local names of one block (a loop's body, an `if` branch, a function's parameters and body), as in Swift:
/// names declared in a block are visible only inside it; the lesson's environment holds the top-level names.
struct Scope: Sendable {
    /// The names declared in this block and what they hold.
    var bindings: [String: Environment.Binding] = [:]
    /// Whether this scope was captured by a closure or nested function: its names can be read, not reassigned.
    var isCaptured = false
    /// The footprints of the values bound here together, for the lesson's memory budget.
    var liveElements = 0

    /// Binds `name`, keeping `liveElements` up to date.
    mutating func bind(_ name: String, _ binding: Environment.Binding) {
        let old = bindings.updateValue(binding, forKey: name)
        liveElements = Builtin.Cost.sum(liveElements - (old?.footprint ?? 0), binding.footprint)
    }
}
