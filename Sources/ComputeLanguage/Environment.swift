/// The names a lesson has bound so far: shared by all its cells, in order.
///
/// A session moves its environment into each cell's interpreter and back, so the dictionary is never copied and a
/// cell's cost does not grow with the number of names bound before it.
public struct Environment: Sendable {
    /// What a name stands for.
    enum Binding: Sendable {
        /// A value, and whether it may be reassigned (`var`).
        case value(Value, mutable: Bool)
        /// A name whose definition failed: uses of it fail quietly, so one error does not cascade.
        case failed

        /// The work units of the value held, for the memory budget (0 for a failed name).
        var footprint: Int {
            if case let .value(value, _) = self { return value.footprint }
            return 0
        }
    }

    private var bindings: [String: Binding] = [:]
    /// The footprints of all bound values together (values that share storage are counted once each).
    public private(set) var liveElements = 0

    /// An empty environment.
    public init() {}

    /// What `name` is bound to, if anything.
    subscript(name: String) -> Binding? {
        get { bindings[name] }
        set {
            let old = bindings.updateValue(newValue ?? .failed, forKey: name)
            if newValue == nil { bindings[name] = nil }
            liveElements = Builtin.Cost.sum(liveElements - (old?.footprint ?? 0), newValue?.footprint ?? 0)
        }
    }

    /// The live elements after binding `name` to `value` in place of what it holds now.
    func liveElements(replacing name: String, with value: Value) -> Int {
        Builtin.Cost.sum(liveElements - (bindings[name]?.footprint ?? 0), value.footprint)
    }

    /// The value bound to `name`, if it is bound to one.
    public func value(of name: String) -> Value? {
        if case let .value(value, _) = bindings[name] { return value }
        return nil
    }

    /// Every bound name, sorted.
    public var names: [String] { bindings.keys.sorted() }
}
