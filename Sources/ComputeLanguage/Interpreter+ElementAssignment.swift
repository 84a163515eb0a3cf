import SwiftSyntax
import TransformerCore

extension Interpreter {
    /// Sets the element `access` designates inside `base` to what `compute` makes of it.
    mutating func assignElement(
        of base: inout Value, _ access: SubscriptCallExprSyntax, _ compute: (inout Interpreter, inout Value?) throws(Failure) -> Void
    ) throws(Failure) {
        let arguments = Array(access.arguments)
        if case var .dictionary(dictionary) = base {
            guard let keyArgument = arguments.first, keyArgument.label == nil else { throw error(.badKey, at: access) }
            let key = try evaluate(keyArgument.expression)
            guard let hashable = ValueDictionary.Key(key), let fittedKey = Self.coerce(key, to: dictionary.keyType) else {
                throw error(.wrongKey(key.typeName, dictionary.keyType), at: keyArgument.expression)
            }
            // Without `default:` an entry reads as an optional, as in Swift (so `d[k] += 1` is refused).
            var old = dictionary[hashable].map { Value.optional($0, wrapped: dictionary.valueType) }
            if arguments.count == 2, arguments[1].label?.text == "default" {
                old = dictionary[hashable]
                if old == nil {
                    let fallback = try evaluate(arguments[1].expression)
                    guard let fitted = Self.coerce(fallback, to: dictionary.valueType) else {
                        throw error(.wrongKey(fallback.typeName, dictionary.valueType), at: arguments[1].expression)
                    }
                    old = fitted
                }
            } else if arguments.count != 1 {
                throw error(.badKey, at: access)
            }
            var computed = old
            try compute(&self, &computed)
            base = .void
            switch computed {
            case .optional(nil, _)?, nil: dictionary.remove(hashable)
            case let .optional(value?, _)?: dictionary.set(value, for: hashable, written: fittedKey)
            case let value?:
                guard let fitted = Self.coerce(value, to: dictionary.valueType) else {
                    base = .dictionary(dictionary)
                    throw error(.cannotAssign(value.typeName, to: dictionary.valueType), at: access)
                }
                dictionary.set(fitted, for: hashable, written: fittedKey)
            }
            base = .dictionary(dictionary)
            try checkSize(of: base, at: access)
            return
        }
        var indices: [Int] = []
        for argument in arguments {
            guard argument.label == nil, case let .integer(index) = try evaluate(argument.expression) else {
                throw error(.indexNotInt, at: argument.expression)
            }
            indices.append(index)
        }
        func check(_ index: Int, _ count: Int, _ position: Int) throws(Failure) {
            guard (0..<count).contains(index) else {
                throw error(.indexOutOfRange(index, count: count, of: base.typeName), at: arguments[position].expression)
            }
        }
        switch (base, indices.count) {
        case (.vector(var v), 1):
            try check(indices[0], v.count, 0)
            var new: Value? = .real(v[indices[0]])
            try compute(&self, &new)
            guard let x = new?.realValue else { throw error(.cannotAssign(new?.typeName ?? "nil", to: "Double"), at: access) }
            base = .void
            v[indices[0]] = x
            base = .vector(v)
        case (.matrix(var m), 2):
            try check(indices[0], m.rows, 0)
            try check(indices[1], m.columns, 1)
            var new: Value? = .real(m[indices[0], indices[1]])
            try compute(&self, &new)
            guard let x = new?.realValue else { throw error(.cannotAssign(new?.typeName ?? "nil", to: "Double"), at: access) }
            base = .void
            m[indices[0], indices[1]] = x
            base = .matrix(m)
        case (.list(var list), 1):
            try check(indices[0], list.elements.count, 0)
            var slot: Value? = list.elements[indices[0]]
            try compute(&self, &slot)
            guard let new = slot else { throw error(.cannotAssign("nil", to: list.elementType), at: access) }
            guard let fitted = Self.coerce(new, to: list.elementType) else {
                throw error(.cannotAssign(new.typeName, to: list.elementType), at: access)
            }
            base = .void
            list.elements[indices[0]] = fitted
            base = .list(list)
        case (.strings(var list), 1):
            try check(indices[0], list.count, 0)
            var slot: Value? = .string(list[indices[0]])
            try compute(&self, &slot)
            guard case let .string(text)? = slot else {
                throw error(.cannotAssign("value", to: "String"), at: access)
            }
            base = .void
            list[indices[0]] = text
            base = .strings(list)
        default:
            throw error(.badSubscript(base.typeName, count: indices.count), at: access)
        }
        try checkSize(of: base, at: access)
    }
}
