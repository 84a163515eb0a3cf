/// A problem in one cell's code, located by its position within that code (the caller maps it to the file).
public struct ComputeDiagnostic: Hashable, Sendable {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable {
        case error, warning, note
    }

    /// A place in the cell's code: UTF-8 byte offset, and the 1-based line and UTF-8 column it falls on.
    public struct Position: Hashable, Sendable, Comparable {
        /// The UTF-8 byte offset from the start of the code.
        public var offset: Int
        /// The 1-based line within the code.
        public var line: Int
        /// The 1-based column within the line, in UTF-8 bytes.
        public var column: Int

        /// A position at `offset`, on `line`:`column`.
        public init(offset: Int, line: Int, column: Int) {
            self.offset = offset
            self.line = line
            self.column = column
        }

        public static func < (lhs: Position, rhs: Position) -> Bool { lhs.offset < rhs.offset }
    }

    /// A further remark, optionally at a position of its own.
    public struct Note: Hashable, Sendable {
        /// The note's text: lower case, no final period.
        public var message: String
        /// Where the note points, if anywhere.
        public var position: Position?

        /// A note with an optional position.
        public init(_ message: String, at position: Position? = nil) {
            self.message = message
            self.position = position
        }
    }

    /// A suggested edit: replace the bytes `range` of the code with `replacement`.
    public struct FixIt: Hashable, Sendable {
        /// What the edit does, in lower case.
        public var message: String
        /// The UTF-8 byte range of the code to replace.
        public var range: Range<Int>
        /// The text to put there.
        public var replacement: String

        /// A fix-it replacing `range` by `replacement`.
        public init(_ message: String, range: Range<Int>, replacement: String) {
            self.message = message
            self.range = range
            self.replacement = replacement
        }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The message: lower case, no final period.
    public var message: String
    /// Where the problem is.
    public var position: Position
    /// Further remarks (suggestions, expected signatures).
    public var notes: [Note]
    /// Suggested edits.
    public var fixIts: [FixIt]

    /// A diagnostic at `position`.
    public init(_ severity: Severity, _ message: String, at position: Position, notes: [Note] = [], fixIts: [FixIt] = []) {
        self.severity = severity
        self.message = message
        self.position = position
        self.notes = notes
        self.fixIts = fixIts
    }
}
