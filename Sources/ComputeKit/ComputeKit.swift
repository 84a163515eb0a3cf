// ComputeKit: the builtins, records and operators of swift-compute as ordinary Swift over TransformerCore, so that a
// block pasted into a Swift program with `import ComputeKit` compiles and computes the same numbers.
//
// The C math library is re-exported: `exp`, `log`, `sin`, `pow`… of a `Double` are the C functions the interpreter calls,
// and ComputeKit adds their `Vector` and `Matrix` overloads. A builtin whose argument breaks its requirement stops the
// program with TransformerCore's message, as an index out of range does in Swift (the interpreter reports it located).
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Darwin)
@_exported import Darwin
#endif
import TransformerCore

/// TransformerCore's matrix, named apart from ComputeKit's `Matrix`.
typealias CoreMatrix = TransformerCore.Matrix

/// The value of `body`, or a stop with TransformerCore's message when it throws (a broken requirement).
func must<T>(_ body: () throws(TransformerError) -> T) -> T {
    do {
        return try body()
    } catch {
        fatalError("\(error)")
    }
}

/// Stops the program with `message`, for a broken requirement found by ComputeKit itself.
func requirement(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// `⊙`, the element-wise (Hadamard) product; it binds like `*`.
infix operator ⊙ : MultiplicationPrecedence

/// `≈`, approximate equality of numbers, vectors and matrices.
infix operator ≈ : ComparisonPrecedence
