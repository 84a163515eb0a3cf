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
