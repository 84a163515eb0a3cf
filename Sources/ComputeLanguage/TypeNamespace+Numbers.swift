extension TypeNamespace {
    /// `Double.pi` and the limits of binary64, and each alone (`.pi`) where a `Double` is expected (an annotation
    /// `let x: Double = .pi / 2`, a `Double` parameter); as in Swift, `.pi` where the type is not known (`2 * .pi`,
    /// `sin(.pi)`) is ambiguous. Infinity and NaN are not values of swift-compute, so they are not members here.
    static let double = TypeNamespace(
        .double,
        summary: "a 64-bit IEEE 754 floating-point number; `.pi` alone where a Double is expected (`let x: Double = .pi / 2`), "
            + "not where the type is unknown (`2 * .pi` is ambiguous in Swift)",
        constants: [
            Constant(name: "pi", summary: "π, the Double nearest to it: 3.141592653589793", value: .real(.pi)),
            Constant(
                name: "ulpOfOne", summary: "ε = 2⁻⁵² ≈ 2.22e-16, the gap between 1 and the next Double (machine epsilon)",
                value: .real(.ulpOfOne)),
            Constant(
                name: "greatestFiniteMagnitude", summary: "(2 − 2⁻⁵²) · 2¹⁰²³ ≈ 1.80e308, the largest finite Double",
                value: .real(.greatestFiniteMagnitude)),
            Constant(
                name: "leastNormalMagnitude", summary: "2⁻¹⁰²² ≈ 2.23e-308, the smallest positive normal Double",
                value: .real(.leastNormalMagnitude)),
            Constant(
                name: "leastNonzeroMagnitude", summary: "2⁻¹⁰⁷⁴ ≈ 4.94e-324, the smallest positive (subnormal) Double",
                value: .real(.leastNonzeroMagnitude)),
        ])

    /// `Int.max` and `Int.min`, and each alone where an `Int` is expected (`let n: Int = .max`).
    static let int = TypeNamespace(
        .int, summary: "a 64-bit signed integer; arithmetic that leaves −2⁶³ … 2⁶³ − 1 is an error, as Swift traps",
        constants: [
            Constant(name: "max", summary: "2⁶³ − 1 = 9,223,372,036,854,775,807, the largest Int", value: .integer(.max)),
            Constant(name: "min", summary: "−2⁶³ = −9,223,372,036,854,775,808, the smallest Int", value: .integer(.min)),
        ])
}
