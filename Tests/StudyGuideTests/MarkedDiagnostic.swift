import LessonDocument

/// A diagnostic a fixture lesson expects, marked in the lesson itself on the line below the one it is about:
///
/// ```swift
/// let p = softmx(z)
/// //      ^ error: cannot find 'softmx' in scope
/// // note: did you mean 'softmax'?
/// ```
///
/// A marker is a comment line: `//` in code, `<!-- … -->` in prose, `#` in front matter. In it, `^` stands under the
/// expected column of the nearest line above that is not a marker (counted in characters, so that it lines up), or
/// `@N` gives the column as reported (UTF-8 bytes, for columns the comment's own characters cover); then the severity,
/// a colon and the exact message. The `note:` and `fix-it:` lines after a marker are its notes, in order.
struct MarkedDiagnostic: Hashable, CustomStringConvertible {
    var line: Int
    var column: Int
    var severity: String
    var message: String
    /// The notes' messages, a fix-it as `fix-it: …`.
    var notes: [String] = []

    /// A reported diagnostic, in the same terms.
    init(_ diagnostic: Diagnostic) {
        line = diagnostic.location.line
        column = diagnostic.location.column
        severity = diagnostic.severity.rawValue
        message = diagnostic.message
        notes = diagnostic.notes.map(\.message)
    }

    init(line: Int, column: Int, severity: String, message: String, notes: [String] = []) {
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.notes = notes
    }

    /// The diagnostic as a marker would state it: `12:5 error: message`, then its notes indented.
    var description: String {
        "\(line):\(column) \(severity): \(message)" + notes.map { "\n      note: \($0)" }.joined()
    }

    /// A marker line that does not read.
    struct MalformedMarker: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "line \(line): \(reason)" }
    }

    /// The diagnostics marked in `source`, in file order.
    static func marked(in source: String) throws -> [MarkedDiagnostic] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.trimmingSuffix("\r")) }
        var marked: [MarkedDiagnostic] = []
        var target: Int?
        var afterMarker = false
        for (index, text) in lines.enumerated() {
            guard let body = markerBody(text) else {
                target = index
                afterMarker = false
                continue
            }
            let number = index + 1
            if let note = noteText(body.text) {
                guard afterMarker, !marked.isEmpty else { throw MalformedMarker(line: number, reason: "a note that follows no marker") }
                marked[marked.count - 1].notes.append(note)
                continue
            }
            guard let target else { throw MalformedMarker(line: number, reason: "a marker with no line above it") }
            marked.append(try diagnostic(body, markerLine: number, target: target + 1, targetText: lines[target]))
            afterMarker = true
        }
        return marked
    }

    /// What follows a marker's comment opener (`//`, `<!--`, `#`), without the closing `-->`, and the byte offset in
    /// the line where it starts; nil when `line` is no marker.
    private static func markerBody(_ line: String) -> (text: Substring, offset: Int)? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        for opener in ["//", "<!--", "#"] where trimmed.hasPrefix(opener) {
            var text = trimmed.dropFirst(opener.count)
            if opener == "<!--" {
                guard text.hasSuffix("-->") else { return nil }
                text = text.dropLast(3)
            }
            let content = text.drop { $0 == " " }
            let isMarker = content.hasPrefix("^") || content.hasPrefix("@") || noteText(content) != nil
            guard isMarker, content.contains(":") else { return nil }
            return (text, line.utf8.count - trimmed.utf8.count + opener.utf8.count)
        }
        return nil
    }

    /// The note of a `note: …` or `fix-it: …` marker (`fix-it: …` kept whole, as the diagnostic's note reads).
    private static func noteText(_ body: Substring) -> String? {
        let content = body.drop { $0 == " " }.trimmingSuffix(" ")
        if content.hasPrefix("note: ") { return String(content.dropFirst("note: ".count)) }
        if content.hasPrefix("fix-it: ") { return String(content) }
        return nil
    }

    /// The diagnostic of a `^ severity: message` or `@N severity: message` marker about line `target`.
    private static func diagnostic(
        _ body: (text: Substring, offset: Int), markerLine: Int, target: Int, targetText: String
    ) throws -> MarkedDiagnostic {
        let content = body.text.drop { $0 == " " }
        let column: Int
        var rest: Substring
        if content.hasPrefix("^") {
            // The characters before the caret (the indentation, opener and spaces: one byte each), then the bytes of
            // as many characters of the target line, and one per column past its end.
            let caret = body.offset + body.text.utf8.count - content.utf8.count
            let characters = Array(targetText)
            column = characters.prefix(caret).reduce(0) { $0 + $1.utf8.count } + max(0, caret - characters.count) + 1
            rest = content.dropFirst()
        } else {
            let digits = content.dropFirst().prefix { $0.isNumber }
            guard let explicit = Int(digits), explicit > 0 else {
                throw MalformedMarker(line: markerLine, reason: "expected '^' or '@N' before the severity")
            }
            column = explicit
            rest = content.dropFirst(1 + digits.count)
        }
        rest = rest.drop { $0 == " " }.trimmingSuffix(" ")
        guard let colon = rest.firstIndex(of: ":"), rest[rest.index(after: colon)...].hasPrefix(" ") else {
            throw MalformedMarker(line: markerLine, reason: "expected 'severity: message'")
        }
        let severity = String(rest[..<colon])
        guard ["error", "warning", "note"].contains(severity) else {
            throw MalformedMarker(line: markerLine, reason: "unknown severity '\(severity)'")
        }
        let message = String(rest[rest.index(colon, offsetBy: 2)...])
        return MarkedDiagnostic(line: target, column: column, severity: severity, message: message)
    }
}

private extension Substring {
    /// The text without trailing copies of `suffix`.
    func trimmingSuffix(_ suffix: Character) -> Substring {
        var text = self
        while text.last == suffix { text = text.dropLast() }
        return text
    }
}
