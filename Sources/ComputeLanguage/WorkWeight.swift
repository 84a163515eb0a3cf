/// What one element costs in work units, by the kind of computation, so that the work limit bounds time: a unit is
/// about one addition or multiplication of a float with its share of allocation (a nanosecond or so in a release build).
enum WorkWeight {
    /// An addition, a multiplication, a comparison or a copy of one element.
    static let arithmetic = 1
    /// A square root, a division or a normalization's few passes over an element.
    static let normalization = 4
    /// One call of libm's `exp`, `log`, `sin`, `cos` or `tanh` (tens of cycles each), or a softmax's passes around one.
    static let transcendental = 25
    /// An activation built of transcendental functions and a few products (GELU, its tanh form, Swish): issue 11
    /// measured `geluTanh` at 47 ms for 10⁶ elements in a release build.
    static let activation = 50
    /// One step of code that repeats: a loop's iteration, a call of a function or closure, or a statement or
    /// expression evaluated inside one. A tree-walking step took 2 to 5 µs in a debug build here (about 0.2 µs in a
    /// release build), far more than an addition; at this weight the default work limit allows 80,000 steps, so that
    /// `while true {}` ends in a fraction of a second even in a debug build, and a 64×64 matrix filled cell by cell
    /// in a loop (about 20,000 steps) fits.
    static let step = 25_000

    /// The work units per element of the builtin called `name` when it has no bounds of its own (it runs in one pass
    /// over its arguments): arithmetic unless listed.
    static func perElement(of name: String) -> Int {
        switch name {
        case "exp", "log", "log2", "log10", "exp2", "sin", "cos", "tanh", "softmax", "logSoftmax", "entropy", "crossEntropy":
            transcendental
        case "gelu", "geluTanh", "swish":
            activation
        case "sqrt", "layerNorm", "rmsNorm", "cosine":
            normalization
        default:
            arithmetic
        }
    }
}
