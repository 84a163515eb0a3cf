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
            elementwise("log2", summary: "log₂ x = ln x / ln 2, the binary logarithm, element by element; x > 0", example: "log2(1024)") {
                log2($0)
            },
            elementwise("log10", summary: "log₁₀ x = ln x / ln 10, element by element; x > 0", example: "log10(0.001)") { log10($0) },
            elementwise("exp2", summary: "2ˣ, element by element", example: "exp2(-3)") { exp2($0) },
            Builtin(
                "pow", [.init(nil, "x", .double), .init(nil, "y", .double)], .double,
                summary: "xʸ", example: "pow(2, 10)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                return .real(pow(try a.real(0), try a.real(1)))
            },
            Builtin(
                "Double", [.init(nil, "x", .double)], .double,
                summary: "x as a Double, as Swift's Double(_:): an Int becomes the nearest Double (exact for |x| ≤ 2⁵³)",
                example: "Double(7) / 2"
            ) { arguments throws(TransformerError) in
                .real(try CallArguments(arguments).real(0))
            },
            Builtin(
                "Int", [.init(nil, "x", .int)], .int, summary: "x itself, as Swift's Int(_:) of an Int", example: "Int(7)"
            ) { arguments throws(TransformerError) in
                .integer(try CallArguments(arguments).int(0))
            },
            Builtin(
                "Int", [.init(nil, "x", .double)], .int,
                summary: "⌊x⌋ for x ≥ 0 and ⌈x⌉ for x < 0: truncated toward zero, as Swift's Int(_:) of a Double; "
                    + "−2⁶³ ≤ x < 2⁶³ (where Swift traps, an error)",
                example: "Int(-2.7)"
            ) { arguments throws(TransformerError) in
                let x = try CallArguments(arguments).real(0)
                guard let n = Int(exactly: x.rounded(.towardZero)) else {
                    throw .invalidArgument(name: "x", value: x, requirement: "in Int's range −2⁶³ ≤ x < 2⁶³ to convert to Int")
                }
                return .integer(n)
            },
            Builtin(
                "max", [.init(nil, "x", .int), .init(nil, "y", .int)], .int,
                summary: "max(x, y), the larger of two Ints, as Swift's max(_:_:)", example: "max(3, 7)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let (x, y) = (try a.int(0), try a.int(1))
                return .integer(y >= x ? y : x)
            },
            Builtin(
                "max", [.init(nil, "x", .double), .init(nil, "y", .double)], .double,
                summary: "max(x, y), the larger of two numbers (y when they are equal, as Swift's max(_:_:)); an Int converts",
                example: "max(0.5, 2)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let (x, y) = (try a.real(0), try a.real(1))
                return .real(y >= x ? y : x)
            },
            Builtin(
                "max", variadic(.int), .int,
                summary: "the largest of three or more Ints, as Swift's max(_:_:_:_:)", example: "max(3, 7, 5, 1)"
            ) { arguments throws(TransformerError) in
                .integer(try CallArguments(arguments).ints().reduce(Int.min) { $1 >= $0 ? $1 : $0 })
            },
            Builtin(
                "max", variadic(.double), .double,
                summary: "the largest of three or more numbers, as Swift's max(_:_:_:_:); an Int converts",
                example: "max(0.5, 2, 1.5)"
            ) { arguments throws(TransformerError) in
                .real(try CallArguments(arguments).reals().reduce(-Double.infinity) { $1 >= $0 ? $1 : $0 })
            },
            Builtin(
                "min", [.init(nil, "x", .int), .init(nil, "y", .int)], .int,
                summary: "min(x, y), the smaller of two Ints, as Swift's min(_:_:)", example: "min(3, 7)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let (x, y) = (try a.int(0), try a.int(1))
                return .integer(y < x ? y : x)
            },
            Builtin(
                "min", [.init(nil, "x", .double), .init(nil, "y", .double)], .double,
                summary: "min(x, y), the smaller of two numbers (x when they are equal, as Swift's min(_:_:)); an Int converts",
                example: "min(0.5, 2)"
            ) { arguments throws(TransformerError) in
                let a = CallArguments(arguments)
                let (x, y) = (try a.real(0), try a.real(1))
                return .real(y < x ? y : x)
            },
            Builtin(
                "min", variadic(.int), .int,
                summary: "the smallest of three or more Ints, as Swift's min(_:_:_:_:)", example: "min(3, 7, 5, 1)"
            ) { arguments throws(TransformerError) in
                .integer(try CallArguments(arguments).ints().reduce(Int.max) { $1 < $0 ? $1 : $0 })
            },
            Builtin(
                "min", variadic(.double), .double,
                summary: "the smallest of three or more numbers, as Swift's min(_:_:_:_:); an Int converts",
                example: "min(0.5, 2, 1.5)"
            ) { arguments throws(TransformerError) in
                .real(try CallArguments(arguments).reals().reduce(Double.infinity) { $1 < $0 ? $1 : $0 })
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

    /// `(_ x: T, _ y: T, _ z: T, _ rest: T...)`, the parameters of Swift's variadic `max` and `min`.
    private static func variadic(_ type: ValueType) -> [Builtin.Parameter] {
        [.init(nil, "x", type), .init(nil, "y", type), .init(nil, "z", type), .init(nil, "rest", type, variadic: true)]
    }

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
