/// The names a lesson has bound so far: shared by all its cells, in order.
public struct Environment: Sendable {
    /// What a name stands for.
    enum Binding: Sendable {
        /// A value, and whether it may be reassigned (`var`).
        case value(Value, mutable: Bool)
        /// A name whose definition failed: uses of it fail quietly, so one error does not cascade.
        case failed
    }

    private var bindings: [String: Binding] = [:]

    /// An empty environment.
    public init() {}

    /// What `name` is bound to, if anything.
    subscript(name: String) -> Binding? {
        get { bindings[name] }
        set { bindings[name] = newValue }
    }

    /// The value bound to `name`, if it is bound to one.
    public func value(of name: String) -> Value? {
        if case let .value(value, _)? = bindings[name] { return value }
        return nil
    }

    /// Every bound name, sorted.
    public var names: [String] { bindings.keys.sorted() }
}
