import TransformerCore

/// The arguments of a builtin call, already matched to its parameters and converted to their types, read by position.
///
/// A type that does not fit is a thrown error rather than a trap; matching has ruled it out, so it is never seen.
struct CallArguments {
    /// The values, one per parameter.
    let values: [Value]

    /// The arguments `values`.
    init(_ values: [Value]) {
        self.values = values
    }

    /// The value at `index`, or nil past the end.
    subscript(index: Int) -> Value? {
        values.indices.contains(index) ? values[index] : nil
    }

    /// The matrix at `index`.
    func matrix(_ index: Int) throws(TransformerError) -> Matrix {
        guard case let .matrix(m)? = self[index] else { throw Self.mismatch(index, "Matrix") }
        return m
    }

    /// The vector at `index`.
    func vector(_ index: Int) throws(TransformerError) -> [Double] {
        guard case let .vector(v)? = self[index] else { throw Self.mismatch(index, "Vector") }
        return v
    }

    /// The number at `index`, as a `Double`.
    func real(_ index: Int) throws(TransformerError) -> Double {
        guard let x = self[index]?.realValue else { throw Self.mismatch(index, "Double") }
        return x
    }

    /// The integer at `index`.
    func int(_ index: Int) throws(TransformerError) -> Int {
        guard case let .integer(n)? = self[index] else { throw Self.mismatch(index, "Int") }
        return n
    }

    /// Every argument as an integer (the values of a variadic `Int` parameter and those before it).
    func ints() throws(TransformerError) -> [Int] {
        var result: [Int] = []
        for index in values.indices { result.append(try int(index)) }
        return result
    }

    /// Every argument as a `Double` (the values of a variadic `Double` parameter and those before it).
    func reals() throws(TransformerError) -> [Double] {
        var result: [Double] = []
        for index in values.indices { result.append(try real(index)) }
        return result
    }

    /// The truth value at `index`.
    func bool(_ index: Int) throws(TransformerError) -> Bool {
        guard case let .bool(b)? = self[index] else { throw Self.mismatch(index, "Bool") }
        return b
    }

    /// The string at `index`.
    func string(_ index: Int) throws(TransformerError) -> String {
        guard case let .string(s)? = self[index] else { throw Self.mismatch(index, "String") }
        return s
    }

    /// The record at `index`.
    func record(_ index: Int) throws(TransformerError) -> Record {
        guard case let .record(r)? = self[index] else { throw Self.mismatch(index, "a record") }
        return r
    }

    /// The enum case at `index` (`.bits`, `.gelu`, …) as a value of the Swift enum `E`.
    func option<E: RawRepresentable>(_ index: Int, _ type: E.Type) throws(TransformerError) -> E where E.RawValue == String {
        guard case let .record(record)? = self[index], let value = record.enumValue(type) else {
            throw Self.mismatch(index, String(describing: type))
        }
        return value
    }

    /// The attention mask at `index` (an `AttentionMask` case or a 0/1 matrix).
    func mask(_ index: Int) throws(TransformerError) -> AttentionMask {
        guard let value = self[index] else { throw Self.mismatch(index, "AttentionMask") }
        return try AttentionMask(value)
    }

    /// The list of matrices at `index` (a `[Matrix]`).
    func matrices(_ index: Int) throws(TransformerError) -> [Matrix] {
        guard case let .list(list)? = self[index], list.elementType == ValueType.matrix.rawValue else { throw Self.mismatch(index, "[Matrix]") }
        var result: [Matrix] = []
        for case let .matrix(m) in list.elements { result.append(m) }
        return result
    }

    /// The seed at `index` as a generator's unsigned seed; a negative seed is an error.
    func seed(_ index: Int) throws(TransformerError) -> UInt64 {
        let seed = try int(index)
        guard seed >= 0 else { throw .invalidArgument(name: "seed", value: Double(seed), requirement: "at least 0") }
        return UInt64(seed)
    }

    /// The vector at `index` as 0-based indices (such as one target per row): each a whole number (range is the
    /// callee's to check).
    func indices(_ index: Int) throws(TransformerError) -> [Int] {
        var result: [Int] = []
        for x in try vector(index) {
            guard let n = Int(exactly: x) else {
                throw .invalidArgument(name: "target", value: x, requirement: "a whole number (an index)")
            }
            result.append(n)
        }
        return result
    }

    /// The integer at `index`, or 0, for estimates made before a call.
    func size(_ index: Int) -> Int {
        if case let .integer(n)? = self[index] { return n }
        return 0
    }

    /// The rows of the matrix at `index` (the length of a vector), or 0, for estimates.
    func rows(_ index: Int) -> Int {
        switch self[index] {
        case let .matrix(m)?: m.rows
        case let .vector(v)?: v.count
        default: 0
        }
    }

    /// The columns of the matrix at `index` (the length of a vector), or 0, for estimates.
    func columns(_ index: Int) -> Int {
        switch self[index] {
        case let .matrix(m)?: m.columns
        case let .vector(v)?: v.count
        default: 0
        }
    }

    /// The error for an argument of an unexpected type.
    private static func mismatch(_ index: Int, _ type: String) -> TransformerError {
        .invalidArgument(name: "argument \(index + 1)", value: .nan, requirement: "a value of type \(type)")
    }
}
