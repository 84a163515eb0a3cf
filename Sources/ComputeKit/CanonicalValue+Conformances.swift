import TransformerCore

// The canonical forms of numbers, texts, vectors, matrices, shapes and lists.

extension Int: CanonicalValue {
    /// The integer exactly.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "Int", String(self))) }
}

extension Double: CanonicalValue {
    /// The real in its shortest round-trip form.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "Double", "\(self)")) }
}

extension Bool: CanonicalValue {
    /// `true` or `false`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "Bool", String(self))) }
}

extension String: CanonicalValue {
    /// The text as written.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "String", self)) }
}

extension Vector: CanonicalValue {
    /// The count, then each element at `[i]`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "Vector", String(count)))
        for (i, x) in elements.enumerated() { x.canonical("\(path)[\(i)]", into: &leaves) }
    }
}

extension Matrix: CanonicalValue {
    /// The shape, then each element at `[i, j]`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "Matrix", "\(rows)×\(columns)"))
        for i in 0..<rows {
            for j in 0..<columns { core[i, j].canonical("\(path)[\(i), \(j)]", into: &leaves) }
        }
    }
}

extension Shape: CanonicalValue {
    /// `4×4` or `3`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "Shape", description)) }
}

extension Array: CanonicalValue where Element: CanonicalValue {
    /// The count, then each element at `[i]`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "List", String(count)))
        for (i, element) in enumerated() { element.canonical("\(path)[\(i)]", into: &leaves) }
    }
}

extension Optional: CanonicalValue where Wrapped: CanonicalValue {
    /// The wrapped value's form, or `nil`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        if let self { self.canonical(path, into: &leaves) } else { leaves.append(.init(path, "Optional", "nil")) }
    }
}

extension Dictionary: CanonicalValue where Key: CanonicalValue, Value: CanonicalValue {
    /// The count, then each entry at `[key]` in the order of the keys' canonical texts (Swift's order is unspecified).
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, "Dictionary", String(count)))
        let entries = map { key, value in
            var keyLeaves: [CanonicalLeaf] = []
            key.canonical("", into: &keyLeaves)
            return (key: keyLeaves.map(\.text).joined(separator: ","), value: value)
        }
        for entry in entries.sorted(by: { $0.key < $1.key }) { entry.value.canonical("\(path)[\(entry.key)]", into: &leaves) }
    }
}

extension Range: CanonicalValue where Bound == Int {
    /// `0..<3`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "Range", "\(lowerBound)..<\(upperBound)")) }
}

extension ClosedRange: CanonicalValue where Bound == Int {
    /// `0...3`.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) { leaves.append(.init(path, "Range", "\(lowerBound)...\(upperBound)")) }
}

/// An enum whose cases the interpreter names by their raw values (`.bits`, `.rmsNorm`), under the type's name.
public protocol CanonicalCase: CanonicalValue, RawRepresentable where RawValue == String {
    /// The type's name in swift-compute (`InformationUnit`, `NormKind`).
    static var canonicalTypeName: String { get }
}

extension CanonicalCase {
    /// The type, with the case's name as its text.
    public func canonical(_ path: String, into leaves: inout [CanonicalLeaf]) {
        leaves.append(.init(path, Self.canonicalTypeName, rawValue))
    }
}

extension InformationUnit: CanonicalCase {
    /// `InformationUnit`.
    public static var canonicalTypeName: String { "InformationUnit" }
}

extension Activation: CanonicalCase {
    /// `Activation`.
    public static var canonicalTypeName: String { "Activation" }
}

extension ParameterBreakdown.Accounting: CanonicalCase {
    /// `Accounting`.
    public static var canonicalTypeName: String { "Accounting" }
}

extension ParameterComponent: CanonicalCase {
    /// `ParameterComponent`.
    public static var canonicalTypeName: String { "ParameterComponent" }
}

extension ModelConfiguration.Precision: CanonicalCase {
    /// `Precision`.
    public static var canonicalTypeName: String { "Precision" }
}

extension ModelConfiguration.NormKind: CanonicalCase {
    /// `NormKind`.
    public static var canonicalTypeName: String { "NormKind" }
}

extension ModelConfiguration.PositionKind: CanonicalCase {
    /// `PositionKind`.
    public static var canonicalTypeName: String { "PositionKind" }
}

extension ModelConfiguration.MLPKind: CanonicalCase {
    /// `MLPKind`.
    public static var canonicalTypeName: String { "MLPKind" }
}
