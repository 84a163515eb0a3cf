import TransformerCore

extension AttentionMask {
    /// The mask a swift-compute value stands for: an `AttentionMask` case, or a matrix of 0s and 1s (an explicit mask).
    init(_ value: Value) throws(TransformerError) {
        switch value {
        case let .matrix(allowed):
            self = try .explicit(allowed: Self.rows(allowed))
        case let .record(record):
            switch (record.caseName, record.members.dropFirst().first?.value) {
            case ("none"?, _): self = .none
            case ("causal"?, _): self = .causal
            case let ("padding"?, .vector(keys)?): self = .padding(keys: try Self.flags(keys))
            case let ("validLength"?, .integer(length)?): self = .validLength(length)
            case let ("explicit"?, .matrix(allowed)?): self = .explicit(allowed: try Self.rows(allowed))
            default: throw .invalidArgument(name: "mask", value: .nan, requirement: "an AttentionMask")
            }
        default:
            throw .invalidArgument(name: "mask", value: .nan, requirement: "an AttentionMask or a matrix of 0s and 1s")
        }
    }

    /// Each entry as a flag: 1 is true (may attend), 0 is false; anything else is an error.
    static func flags(_ values: [Double]) throws(TransformerError) -> [Bool] {
        var flags: [Bool] = []
        flags.reserveCapacity(values.count)
        for value in values {
            guard value == 0 || value == 1 else {
                throw .invalidArgument(name: "a mask entry", value: value, requirement: "0 or 1 (false or true)")
            }
            flags.append(value == 1)
        }
        return flags
    }

    /// The rows of a 0/1 matrix as flags.
    private static func rows(_ matrix: Matrix) throws(TransformerError) -> [[Bool]] {
        var rows: [[Bool]] = []
        for i in 0..<matrix.rows { rows.append(try flags(matrix.row(i))) }
        return rows
    }
}
