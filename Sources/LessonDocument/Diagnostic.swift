/// A problem found in a lesson, located in the lesson file: collected as a value and printed at the end.
public struct Diagnostic: Hashable, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A further remark attached to a diagnostic, optionally at a location of its own.
    public struct Note: Hashable, Sendable {
        /// The note's text: lower case, no final period.
        public var message: String
        /// Where the note points, if anywhere.
        public var location: SourceLocation?

        /// A note with an optional location.
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The message: lower case, no final period.
    public var message: String
    /// The lesson's path as shown to the user (`lessons/02-attention.md`).
    public var path: String
    /// Where the problem is.
    public var location: SourceLocation
    /// Further remarks (suggestions, expected signatures).
    public var notes: [Note]

    /// A diagnostic at `path`:`location`.
    public init(_ severity: Severity, _ message: String, path: String, at location: SourceLocation, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
        self.notes = notes
    }
}
