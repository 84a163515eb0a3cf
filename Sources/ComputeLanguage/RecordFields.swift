import TransformerCore

/// The members of a record read by name, with an error naming a member that is missing or of another type.
struct RecordFields {
    /// The record read.
    let record: Record

    /// Reads the members of `record`.
    init(_ record: Record) {
        self.record = record
    }

    /// The `Int` member `name`.
    func int(_ name: String) throws(TransformerError) -> Int {
        guard case let .integer(n)? = record[name] else { throw missing(name) }
        return n
    }

    /// The `Bool` member `name`.
    func bool(_ name: String) throws(TransformerError) -> Bool {
        guard case let .bool(b)? = record[name] else { throw missing(name) }
        return b
    }

    /// The `String` member `name`.
    func string(_ name: String) throws(TransformerError) -> String {
        guard case let .string(s)? = record[name] else { throw missing(name) }
        return s
    }

    /// The enum case member `name` as a value of `E`.
    func enumValue<E: RawRepresentable>(_ name: String, _ type: E.Type) throws(TransformerError) -> E where E.RawValue == String {
        guard case let .record(value)? = record[name], let result = value.enumValue(type) else { throw missing(name) }
        return result
    }

    private func missing(_ name: String) -> TransformerError {
        .invalidArgument(name: "member '\(name)' of the model", value: .nan, requirement: "present")
    }
}
