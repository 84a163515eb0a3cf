import SwiftSyntax

extension Interpreter {
    /// The members of Swift's collections and tuples: `count`, `isEmpty`, `first`, `last`, `indices`, a dictionary's
    /// `keys` and `values`, and a tuple's `.0`, `.1`; nil for other members.
    mutating func collectionMember(_ name: String, of base: Value, at member: MemberAccessExprSyntax) throws(Failure) -> Value? {
        if case let .tuple(parts) = base {
            guard let index = Int(name), parts.indices.contains(index) else { return nil }
            return parts[index]
        }
        if case let .dictionary(dictionary) = base {
            switch name {
            case "count": return .integer(dictionary.count)
            case "isEmpty": return .bool(dictionary.count == 0)
            case "keys": return .list(ValueList(dictionary.keys, of: dictionary.keyType))
            case "values": return .list(ValueList(dictionary.values, of: dictionary.valueType))
            default: return nil
            }
        }
        let count: Int
        switch base {
        case let .range(range):
            count = range.count
            switch name {
            case "lowerBound": return .integer(range.lower)
            case "upperBound": return .integer(range.closed ? range.end - 1 : range.end)
            case "first": return .optional(count > 0 ? .integer(range.lower) : nil, wrapped: "Int")
            case "last": return .optional(count > 0 ? .integer(range.end - 1) : nil, wrapped: "Int")
            default: break
            }
        case let .list(list): count = list.elements.count
        case let .vector(v): count = v.count
        case let .strings(list): count = list.count
        case let .string(text): count = text.count
        default: return nil
        }
        switch name {
        case "count": return .integer(count)
        case "isEmpty": return .bool(count == 0)
        case "indices":
            if case .string = base { return nil }
            return IntegerRange(lower: 0, upper: count, closed: false).map(Value.range)
        case "first", "last":
            guard case .range = base else {
                let elements = try sequence(base, at: ExprSyntax(member))
                let element = name == "first" ? elements.first : elements.last
                return .optional(element, wrapped: element?.typeName ?? "_")
            }
            return nil
        default:
            return nil
        }
    }

    /// `d[key]` (an optional) and `d[key, default: value]`.
    mutating func lookUp(in dictionary: ValueDictionary, _ access: SubscriptCallExprSyntax) throws(Failure) -> Value {
        let arguments = Array(access.arguments)
        guard let first = arguments.first, first.label == nil,
              arguments.count == 1 || (arguments.count == 2 && arguments[1].label?.text == "default") else {
            throw error(.badKey, at: access)
        }
        let key = try evaluate(first.expression)
        guard let hashable = ValueDictionary.Key(key), Self.coerce(key, to: dictionary.keyType) != nil || dictionary.keyType == "_" else {
            throw error(.wrongKey(key.typeName, dictionary.keyType), at: first.expression)
        }
        let found = dictionary[hashable]
        if arguments.count == 2 {
            if let found { return found }
            return try evaluate(arguments[1].expression)
        }
        return .optional(found, wrapped: dictionary.valueType)
    }
}
