extension TypeNamespace {
    /// `Double.pi`, and `.pi` where a `Double` is expected (an annotation `let x: Double = .pi / 2`, a `Double`
    /// parameter); as in Swift, `.pi` where the type is not known (`2 * .pi`, `sin(.pi)`) is ambiguous.
    static let double = TypeNamespace(
        .double,
        summary: "a 64-bit IEEE 754 floating-point number; `.pi` alone where a Double is expected (`let x: Double = .pi / 2`), "
            + "not where the type is unknown (`2 * .pi` is ambiguous in Swift)",
        constants: [
            Constant(name: "pi", summary: "π, the Double nearest to it: 3.141592653589793", value: .real(.pi)),
        ])
}
