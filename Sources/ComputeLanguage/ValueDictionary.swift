/// A Swift dictionary (`[String: Int]`): keys of one type mapped to values of one type. Swift leaves the iteration
/// order of a dictionary unspecified; swift-compute iterates (and shows) it in the order keys were first inserted,
/// the same on every run.
public struct ValueDictionary: Sendable, Equatable {
    /// The keys, in the order they were first inserted.
    public private(set) var keys: [Value] = []
    /// The value of each key, at the key's index in `keys`.
    public private(set) var values: [Value] = []
    /// The type of the keys, as written in `[Key: Value]`.
    public let keyType: String
    /// The type of the values.
    public let valueType: String
    /// Where each key stands in `keys`.
    private var positions: [Key: Int] = [:]

    /// A key that can be hashed: dictionaries take `Int`, `String`, `Bool` and `Double` keys, as their `Hashable` kinds.
    enum Key: Hashable, Sendable {
        case integer(Int), string(String), bool(Bool), real(Double)

        /// The key for `value`, nil for values that are not `Hashable` in swift-compute.
        init?(_ value: Value) {
            switch value {
            case let .integer(n): self = .integer(n)
            case let .string(s): self = .string(s)
            case let .bool(b): self = .bool(b)
            case let .real(x): self = .real(x)
            default: return nil
            }
        }
    }

    /// An empty dictionary of `[keyType: valueType]`.
    init(keyType: String, valueType: String) {
        self.keyType = keyType
        self.valueType = valueType
    }

    /// The number of keys.
    public var count: Int { keys.count }

    /// The value stored for `key`, nil if it has none.
    subscript(key: Key) -> Value? {
        positions[key].map { values[$0] }
    }

    /// Stores `value` for `key`: in place if the key is present, else as the last key.
    mutating func set(_ value: Value, for key: Key, written: Value) {
        if let index = positions[key] {
            values[index] = value
        } else {
            positions[key] = keys.count
            keys.append(written)
            values.append(value)
        }
    }

    /// Removes `key` and its value, keeping the order of the others.
    mutating func remove(_ key: Key) {
        guard let index = positions.removeValue(forKey: key) else { return }
        keys.remove(at: index)
        values.remove(at: index)
        for (other, position) in positions where position > index { positions[other] = position - 1 }
    }

    /// Equal when both hold the same keys with equal values, in any order (as Swift's `==` on dictionaries).
    public static func == (lhs: ValueDictionary, rhs: ValueDictionary) -> Bool {
        lhs.count == rhs.count && zip(lhs.keys, lhs.values).allSatisfy { key, value in
            Key(key).flatMap { rhs[$0] } == value
        }
    }
}
