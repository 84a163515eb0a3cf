/// Where a lesson's bytes are not UTF-8: the first invalid sequence of each line, as located errors.
///
/// Such a lesson is read with each invalid sequence replaced by U+FFFD (as `String(decoding:as:)` does), so that it is
/// still rendered and checked, with these errors; `update` never writes it, since writing would replace those bytes.
enum InvalidUTF8 {
    /// How many lines with invalid UTF-8 get an error of their own; the last one's note counts the rest.
    static let reportedLines = 10

    /// The errors for `bytes`, empty when they are valid UTF-8; linear in the bytes (the standard library's UTF-8
    /// parser reads them, and `lines`, the bytes' own lines, locate each error).
    static func diagnostics(in bytes: [UInt8], lines: SourceLines, path: String) -> [Diagnostic] {
        var found: [(offset: Int, length: Int)] = []
        var extraLines = 0
        var lastLine = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar):
                offset += scalar.count
            case let .error(length):
                let line = lines.location(ofOffset: offset).line
                if line != lastLine {
                    if found.count < reportedLines { found.append((offset, length)) } else { extraLines += 1 }
                    lastLine = line
                }
                offset += length
            case .emptyInput:
                break parsing
            }
        }
        return found.enumerated().map { number, sequence in
            let shown = bytes[sequence.offset..<(sequence.offset + sequence.length)].map(hex).joined(separator: " ")
            let more = number == found.count - 1 && extraLines > 0 ? [Diagnostic.Note(.moreLines(extraLines))] : []
            return Diagnostic(.error, .invalidUTF8(shown), path: path, at: lines.location(ofOffset: sequence.offset),
                              notes: [Diagnostic.Note(.replaced)] + more)
        }
    }

    /// `0xE9`.
    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }
}

private extension String {
    static func invalidUTF8(_ bytes: String) -> String {
        "invalid UTF-8 (\(bytes)); a lesson must be UTF-8 text: save it as UTF-8"
    }
    static let replaced = "the lesson is read with U+FFFD in place of each invalid sequence, and update leaves it alone"
    static func moreLines(_ count: Int) -> String {
        "\(count) more line\(count == 1 ? " has" : "s have") invalid UTF-8"
    }
}
