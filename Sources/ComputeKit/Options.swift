import TransformerCore

/// The unit of an entropy, `.nats` or `.bits` (TransformerCore's).
public typealias InformationUnit = TransformerCore.InformationUnit

/// The nonlinearity of a feed-forward layer: `.relu`, `.gelu`, `.geluTanh`, `.swish` (TransformerCore's).
public typealias Activation = TransformerCore.Activation

/// Which parameters a count includes: `.architecture` or `.weightsOnly` (TransformerCore's).
public typealias Accounting = ParameterBreakdown.Accounting

/// One group of a model's parameters, a row of `parameterTable(_:)` (TransformerCore's).
public typealias ParameterComponent = TransformerCore.ParameterComponent

/// A number format for weights or cached keys and values: `.fp32`, `.fp16`, `.bf16`, `.int8`, `.int4`.
public typealias Precision = ModelConfiguration.Precision

/// The normalization of a model's blocks: `.layerNorm` or `.rmsNorm`.
public typealias NormKind = ModelConfiguration.NormKind

/// How a model encodes positions: `.learned`, `.sinusoidal`, `.rotary` or `.none`.
public typealias PositionKind = ModelConfiguration.PositionKind

/// The form of a model's MLP: `.gelu`, `.relu` or `.swiGLU`.
public typealias MLPKind = ModelConfiguration.MLPKind

/// Which keys each query may attend to, with the interpreter's members; a 0/1 matrix is an explicit mask.
public enum AttentionMask: Equatable, Hashable, Sendable {
    /// Every query attends to every key.
    case none
    /// Query i attends to keys j ≤ i only.
    case causal
    /// Key j may be attended when keys[j] is 1 and is padding when 0; one entry per key.
    case padding(_ keys: Vector)
    /// Keys 0 ..< n are tokens, keys from n on are padding.
    case validLength(_ length: Int)
    /// Query i may attend to key j where allowed[i, j] is 1; one row per query, one column per key.
    case explicit(_ allowed: Matrix)

    /// `.padding([true, true, false])`: key j may be attended where the flag is true.
    public static func padding(_ keys: [Bool]) -> AttentionMask { .padding(Vector(keys)) }

    /// `.explicit([[true, false], [true, true]])`: query i may attend to key j where the flag is true.
    public static func explicit(_ allowed: [[Bool]]) -> AttentionMask { .explicit(Matrix(rows: allowed.map(Vector.init))) }

    /// TransformerCore's mask; entries other than 0 and 1 break the requirement.
    var core: TransformerCore.AttentionMask {
        switch self {
        case .none: .none
        case .causal: .causal
        case let .padding(keys): .padding(keys: Self.flags(keys.elements))
        case let .validLength(length): .validLength(length)
        case let .explicit(allowed): .explicit(allowed: (0..<allowed.rows).map { Self.flags(allowed[$0].elements) })
        }
    }

    /// Each entry as a flag: 1 is true, 0 is false.
    private static func flags(_ values: [Double]) -> [Bool] {
        values.map { value in
            requirement(value == 0 || value == 1, "a mask entry must be 0 or 1 (false or true), got \(value)")
            return value == 1
        }
    }
}
