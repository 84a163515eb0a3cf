#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TransformerCore

/// Every builtin function of swift-compute, by name; the language reference is generated from it.
public enum BuiltinRegistry {
    /// All builtins, in the order the reference lists them: the families of the math, then the figures.
    public static let all: [Builtin] = core + figures

    /// The builtins of the math.
    static let core: [Builtin] = [
        Builtin(
            "softmax", [.init(nil, "logits", .vectorOrMatrix), .init("temperature", "temperature", .double, default: .integer(1))],
            .vectorOrMatrix,
            summary: "softmax(z / T)ᵢ = exp(zᵢ / T) / Σⱼ exp(zⱼ / T), of a vector or of each row of a matrix; T > 0",
            example: "softmax([2, 1, 0], temperature: 0.5)"
        ) { arguments throws(TransformerError) in
            let temperature = arguments[1].realValue ?? 1
            switch arguments[0] {
            case let .matrix(m): return .matrix(try Softmax.apply(rowsOf: m, temperature: temperature))
            case let .vector(v): return .vector(try Softmax.apply(v, temperature: temperature))
            default: return arguments[0]
            }
        },
        Builtin(
            "sum", [.init(nil, "values", .vectorOrMatrix)], .double,
            summary: "Σᵢ xᵢ, the sum of all elements",
            example: "sum(softmax([2, 1, 0]))"
        ) { arguments in
            switch arguments[0] {
            case let .vector(v): return .real(v.reduce(0, +))
            case let .matrix(m): return .real(m.elements.reduce(0, +))
            default: return arguments[0]
            }
        },
        scalar("exp", summary: "eˣ", example: "exp(1)", { exp($0) }),
        scalar("log", summary: "ln x, the natural logarithm; x > 0", example: "log(2)", { log($0) }),
        scalar("sqrt", summary: "√x; x ≥ 0", example: "sqrt(64)", { $0.squareRoot() }),
        scalar("abs", summary: "|x|", example: "abs(-2.5)", { Swift.abs($0) }),
    ]

    /// The builtins called `name` (overloads share a name).
    public static func named(_ name: String) -> [Builtin] {
        byName[name] ?? []
    }

    /// Every builtin name, sorted, for suggestions.
    public static let names: [String] = Array(Set(all.map(\.name))).sorted()

    private static let byName: [String: [Builtin]] = Dictionary(grouping: all, by: \.name)

    /// A function of one `Double`.
    private static func scalar(
        _ name: String, summary: String, example: String, _ function: @escaping @Sendable (Double) -> Double
    ) -> Builtin {
        Builtin(name, [.init(nil, "x", .double)], .double, summary: summary, example: example) { arguments in
            .real(function(arguments[0].realValue ?? .nan))
        }
    }
}
