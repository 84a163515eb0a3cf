import SwiftSyntax
import Foundation

extension Interpreter {
    /// The canonical name of a written type (`[Int]`, `[String: Int]`, `Int?`, `(Int, Double)`, `(Double) -> Double`),
    /// nil for a type swift-compute does not have; constructs outside the subset (generics, `inout`, `some`) are errors.
    mutating func typeName(of type: TypeSyntax) throws(Failure) -> String? {
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            let name = identifier.name.text
            if let generic = identifier.genericArgumentClause {
                let arguments = try generic.arguments.map { argument throws(Failure) -> String? in
                    guard let argumentType = argument.argument.as(TypeSyntax.self) else { return nil }
                    return try typeName(of: argumentType)
                }
                let known = arguments.compactMap { $0 }
                guard known.count == arguments.count else { return nil }
                switch (name, known.count) {
                case ("Array", 1): return "[\(known[0])]"
                case ("Optional", 1): return known[0] + "?"
                case ("Dictionary", 2): return "[\(known[0]): \(known[1])]"
                default: return nil
                }
            }
            switch name {
            case "Int", "Double", "Bool", "String", "Vector", "Matrix": return name
            case "Character": return "String"
            case "Void": return "()"
            default: return ValueType(annotation: name)?.rawValue
            }
        }
        if let array = type.as(ArrayTypeSyntax.self) {
            return try typeName(of: array.element).map { "[\($0)]" }
        }
        if let dictionary = type.as(DictionaryTypeSyntax.self) {
            guard let key = try typeName(of: dictionary.key), let value = try typeName(of: dictionary.value) else { return nil }
            return "[\(key): \(value)]"
        }
        if let optional = type.as(OptionalTypeSyntax.self) {
            return try typeName(of: optional.wrappedType).map { $0 + "?" }
        }
        if let optional = type.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            return try typeName(of: optional.wrappedType).map { $0 + "?" }
        }
        if let tuple = type.as(TupleTypeSyntax.self) {
            let elements = try tuple.elements.map { element throws(Failure) -> String? in try typeName(of: element.type) }
            guard elements.allSatisfy({ $0 != nil }) else { return nil }
            let names = elements.compactMap { $0 }
            return names.count == 1 ? names[0] : "(" + names.joined(separator: ", ") + ")"
        }
        if let function = type.as(FunctionTypeSyntax.self) {
            let parameters = try function.parameters.map { element throws(Failure) -> String? in try typeName(of: element.type) }
            guard parameters.allSatisfy({ $0 != nil }), let result = try typeName(of: function.returnClause.type) else { return nil }
            return "(" + parameters.compactMap { $0 }.joined(separator: ", ") + ") -> " + result
        }
        if let attributed = type.as(AttributedTypeSyntax.self) {
            if !attributed.specifiers.isEmpty { throw error(.unsupported("'inout' and other parameter specifiers"), at: attributed) }
            return try typeName(of: attributed.baseType)
        }
        if type.is(SomeOrAnyTypeSyntax.self) {
            throw error(.unsupported("opaque and existential types ('some', 'any')"), at: type)
        }
        return nil
    }

    /// `value` as a value of the type named `type` (see `typeName(of:)`), or nil when it does not fit. Follows Swift
    /// where the two agree (`Int` literals where a `Double` is expected, a value where an optional is, an empty `[]`
    /// as any array) and swift-compute's own rules for its `Vector` and `Matrix` (`[Double]` and `[[Double]]`
    /// annotations of array literals give them, and a list of numbers converts to a `Vector`).
    static func coerce(_ value: Value, to type: String) -> Value? {
        if value.typeName == type { return value }
        if type.hasSuffix("?"), !type.contains("->") {
            let inner = String(type.dropLast())
            switch value {
            case .optional(nil, _): return .optional(nil, wrapped: inner)
            case let .optional(wrapped?, _): return coerce(wrapped, to: inner).map { .optional($0, wrapped: inner) }
            default: return coerce(value, to: inner).map { .optional($0, wrapped: inner) }
            }
        }
        switch value {
        case let .integer(n) where type == "Double":
            return .real(Double(n))
        case .function where type.contains("->"):
            return value
        case let .list(list) where type == "Vector" || type == "[Double]":
            return list.numbers.map(Value.vector)
        case let .list(list) where type.hasPrefix("[") && !Self.isDictionaryType(type):
            let element = String(type.dropFirst().dropLast())
            var converted: [Value] = []
            for item in list.elements {
                guard let fitted = coerce(item, to: element) else { return nil }
                converted.append(fitted)
            }
            return .list(ValueList(converted, of: element))
        case .vector([]) where type.hasPrefix("["):
            if Self.isDictionaryType(type) {
                let parts = Self.dictionaryParts(type)
                return .dictionary(ValueDictionary(keyType: parts.key, valueType: parts.value))
            }
            if ["[Double]", "[Int]", "[[Double]]", "[[Int]]"].contains(type) { return legacy(value, to: type) }
            return type == "[String]" ? .strings([]) : .list(ValueList([], of: String(type.dropFirst().dropLast())))
        case let .tuple(parts) where type.hasPrefix("("):
            let types = Self.splitTopLevel(String(type.dropFirst().dropLast()))
            guard types.count == parts.count else { return nil }
            var converted: [Value] = []
            for (part, partType) in zip(parts, types) {
                guard let fitted = coerce(part, to: partType) else { return nil }
                converted.append(fitted)
            }
            return .tuple(converted)
        case let .dictionary(dictionary) where Self.isDictionaryType(type):
            let parts = Self.dictionaryParts(type)
            var converted = ValueDictionary(keyType: parts.key, valueType: parts.value)
            for (key, item) in zip(dictionary.keys, dictionary.values) {
                guard let fittedKey = coerce(key, to: parts.key), let hashable = ValueDictionary.Key(fittedKey),
                      let fitted = coerce(item, to: parts.value) else { return nil }
                converted.set(fitted, for: hashable, written: fittedKey)
            }
            return .dictionary(converted)
        default:
            return legacy(value, to: type)
        }
    }

    /// swift-compute's conversions by `ValueType`: `[Double]` and `[Int]` are vectors, `[[Double]]` matrices.
    private static func legacy(_ value: Value, to type: String) -> Value? {
        let valueType: ValueType? = switch type {
        case "[Double]", "[Int]": .vector
        case "[[Double]]", "[[Int]]": .matrix
        default: ValueType(annotation: type)
        }
        return valueType?.convert(value)
    }

    /// Whether `type` is a dictionary type `[K: V]` (a colon outside nested brackets).
    static func isDictionaryType(_ type: String) -> Bool {
        type.hasPrefix("[") && splitTopLevel(String(type.dropFirst().dropLast()), separator: ":").count == 2
    }

    /// The key and value types of `[K: V]`.
    static func dictionaryParts(_ type: String) -> (key: String, value: String) {
        let parts = splitTopLevel(String(type.dropFirst().dropLast()), separator: ":")
        return (parts.first ?? "", parts.last ?? "")
    }

    /// `text` split at each `separator` outside brackets and parentheses, each part trimmed of spaces.
    static func splitTopLevel(_ text: String, separator: Character = ",") -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            if character == "[" || character == "(" { depth += 1 }
            if character == "]" || character == ")" { depth -= 1 }
            if character == separator, depth == 0, !(separator == ":" && current.hasSuffix("-")) {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return text.isEmpty ? [] : parts
    }
}
