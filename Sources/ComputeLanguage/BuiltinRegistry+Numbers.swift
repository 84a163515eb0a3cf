#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TransformerCore

extension BuiltinRegistry {
    /// Functions of numbers, element by element, and reductions of vectors and matrices to one number.
    static let numbersFamily = BuiltinFamily(
        "Numbers", summary: "functions of numbers (element by element on vectors and matrices) and reductions to one number",
        builtins: [
            elementwise("exp", summary: "eˣ, element by element", example: "exp(1)") { exp($0) },
            elementwise("log", summary: "ln x, the natural logarithm, element by element; x > 0", example: "log(2)") { log($0) },
            elementwise("sqrt", summary: "√x, element by element; x ≥ 0", example: "sqrt(64)") { $0.squareRoot() },
            elementwise("abs", summary: "|x|, element by element", example: "abs(-2.5)") { Swift.abs($0) },
            elementwise("sin", summary: "sin x, x in radians, element by element", example: "sin(1)") { sin($0) },
            elementwise("cos", summary: "cos x, x in radians, element by element", example: "cos(1)") { cos($0) },
            elementwise("tanh", summary: "tanh x = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ), element by element", example: "tanh(0.5)") { tanh($0) },
            Builtin(
                "pow", [.init(nil, "x", .double), .init(nil, "y", .double)], .double,
                summary: "xʸ", example: "pow(2, 10)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(pow(try a.real(0), try a.real(1)))
            },
            reduction("sum", summary: "Σᵢ xᵢ, the sum of all elements", example: "sum(softmax([2, 1, 0]))") { ScaledReduction.sum($0) },
            reduction("mean", summary: "(1/n) Σᵢ xᵢ, the mean of all n elements; n ≥ 1", example: "mean([1, 2, 3, 4])") {
                ScaledReduction.mean($0)
            },
            reduction("max", summary: "maxᵢ xᵢ, the largest element; n ≥ 1", example: "max([0.2, 0.7, 0.1])") {
                $0.reduce(-Double.infinity, Swift.max)
            },
            reduction("min", summary: "minᵢ xᵢ, the smallest element; n ≥ 1", example: "min([0.2, 0.7, 0.1])") {
                $0.reduce(Double.infinity, Swift.min)
            },
        ]
    )

    /// A function of one number, applied to a `Double` or to every element of a vector or matrix.
    static func elementwise(
        _ name: String, summary: String, example: String, _ function: @escaping @Sendable (Double) -> Double
    ) -> Builtin {
        Builtin(name, [.init(nil, "x", .numeric)], .numeric, summary: summary, example: example) { arguments throws(TransformerError) in
            let a = CallArguments(arguments)
            if let mapped = a[0]?.mapElements(function) { return mapped }
            return .real(function(try a.real(0)))
        }
    }

    /// A reduction of all elements of a vector or matrix to one number; `sum` of nothing is 0, the others need an element.
    private static func reduction(
        _ name: String, summary: String, example: String, _ reduce: @escaping @Sendable ([Double]) -> Double
    ) -> Builtin {
        Builtin(name, [.init(nil, "values", .vectorOrMatrix)], .double, summary: summary, example: example) { arguments throws(TransformerError) in
            let values: [Double] = switch CallArguments(arguments)[0] {
            case let .matrix(m)?: m.elements
            default: try CallArguments(arguments).vector(0)
            }
            guard name == "sum" || !values.isEmpty else { throw .empty(operation: name) }
            return .real(reduce(values))
        }
    }
}
