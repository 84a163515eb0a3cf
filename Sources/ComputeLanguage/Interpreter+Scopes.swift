import SwiftSyntax

extension Interpreter {
    /// Where a name is bound: in a local scope (its index in `scopes`) or among the lesson's top-level names.
    enum NameSite: Equatable {
        case local(Int)
        case global
    }

    /// What `name` is bound to, looking from the innermost scope out to the lesson's names, and where.
    func binding(of name: String) -> (binding: Environment.Binding, site: NameSite)? {
        for index in scopes.indices.reversed() {
            if let binding = scopes[index].bindings[name] { return (binding, .local(index)) }
        }
        return environment[name].map { ($0, .global) }
    }

    /// Every name visible here, for suggestions.
    var visibleNames: [String] {
        Array(Set(scopes.flatMap(\.bindings.keys) + environment.names)).sorted()
    }

    /// Declares `name` in the innermost scope (a local) or, at a cell's top level, among the lesson's names; a name
    /// declared twice in one scope is an error, as in Swift. The lesson's memory budget counts locals too.
    mutating func declare(_ name: String, _ value: Value, mutable: Bool, at node: some SyntaxProtocol) throws(Failure) {
        guard !scopes.isEmpty else {
            guard !declaredHere.contains(name) else { throw error(.redeclaration(name), at: node) }
            try bindChecked(name, to: value, mutable: mutable, at: node)
            declaredHere.insert(name)
            return
        }
        guard scopes[scopes.count - 1].bindings[name] == nil else { throw error(.redeclaration(name), at: node) }
        try bindLocal(name, to: value, mutable: mutable, in: scopes.count - 1, at: node)
    }

    /// Marks `name` failed where a declaration would have bound it, so that its later uses stay quiet.
    mutating func declareFailed(_ name: String) {
        if scopes.isEmpty {
            if declaredHere.insert(name).inserted { environment[name] = .failed }
        } else if scopes[scopes.count - 1].bindings[name] == nil {
            scopes[scopes.count - 1].bind(name, .failed)
        }
    }

    /// Binds `name` in the scope at `index`, unless the lesson's names and locals would then exceed its memory budget.
    mutating func bindLocal(_ name: String, to value: Value, mutable: Bool, in index: Int, at node: some SyntaxProtocol) throws(Failure) {
        let old = scopes[index].bindings[name]?.footprint ?? 0
        let live = Builtin.Cost.sum(environment.liveElements, localLiveElements - old, value.footprint)
        guard live <= limits.maxLiveElements else {
            throw error(.localMemoryLimit(name, live: live, limit: limits.maxLiveElements), at: node)
        }
        scopes[index].bind(name, .value(value, mutable: mutable))
    }

    /// Stores a new value in the variable `name` found at `site`.
    mutating func store(_ value: Value, in name: String, at site: NameSite, node: some SyntaxProtocol) throws(Failure) {
        switch site {
        case .global: try bindChecked(name, to: value, mutable: true, at: node)
        case let .local(index): try bindLocal(name, to: value, mutable: true, in: index, at: node)
        }
    }

    /// Runs `body` in a new innermost scope holding `bindings`, removing the scope afterwards.
    mutating func withScope<T>(
        _ bindings: [(String, Value)] = [], at node: some SyntaxProtocol, _ body: (inout Interpreter) throws(Failure) -> T
    ) throws(Failure) -> T {
        if let stackFloor, StackBounds.current() < stackFloor { throw error(.stackExhausted, at: node) }
        scopes.append(Scope())
        defer { scopes.removeLast() }
        for (name, value) in bindings {
            try bindLocal(name, to: value, mutable: false, in: scopes.count - 1, at: node)
        }
        return try body(&self)
    }
}

extension String {
    static let stackExhausted = "blocks and calls nest too deeply for the interpreter's stack; nest fewer loops, or recurse less deeply"

    /// swiftc's "invalid redeclaration of 'x'".
    static func redeclaration(_ name: String) -> String { "invalid redeclaration of '\(name)'" }

    /// "binding 'x' brings the lesson's names and locals to N elements, past its memory limit of M".
    static func localMemoryLimit(_ name: String, live: Int, limit: Int) -> String {
        "binding '\(name)' brings the lesson's names and locals to \(live) elements, past its memory limit of \(limit) elements"
    }
}
