/// Where a lesson's YAML front matter is: a first line `---`, the YAML lines, and a closing `---` or `...` line.
///
/// Front matter is looked for only when the very first line is `---` and the next line is not blank (as pandoc reads
/// it), so a lesson that opens with a thematic break keeps it; a later `---` is never front matter.
struct FrontMatterBlock: Sendable, Equatable {
    /// What looking for front matter found.
    enum Search: Sendable, Equatable {
        /// The lesson has no front matter.
        case none
        /// The lesson opens front matter that no closing line ends.
        case unclosed
        /// The lesson has front matter.
        case found(FrontMatterBlock)
    }

    /// The 1-based line of the first YAML line.
    static let firstYAMLLine = 2

    /// The 1-based line of the closing delimiter.
    let closingLine: Int
    /// The bytes of the YAML: the lines between the delimiters, with their line endings.
    let yamlRange: Range<Int>
    /// The bytes the front matter takes: from the start of the file to the end of the closing line, its line ending included.
    let range: Range<Int>

    /// Looks for front matter at the top of `lines`.
    static func find(in lines: SourceLines) -> Search {
        guard let first = lines.line(1), isDelimiter(first, in: lines, closing: false),
              let second = lines.line(firstYAMLLine), !lines.content(of: second).allSatisfy(Byte.isBlank) else { return .none }
        for number in firstYAMLLine...lines.lines.count {
            guard let line = lines.line(number) else { break }
            if isDelimiter(line, in: lines, closing: true) {
                return .found(FrontMatterBlock(closingLine: number, yamlRange: second.start..<line.start, range: 0..<line.end))
            }
        }
        return .unclosed
    }

    /// `bytes` with every byte of the front matter but line endings replaced by a space, so that every later offset,
    /// line and column stays where it was and cmark-gfm reads blank lines.
    func blanking(_ bytes: [UInt8]) -> [UInt8] {
        var blanked = bytes
        for index in range where index < blanked.count && !Self.isLineEnding(blanked[index]) {
            blanked[index] = Byte.space
        }
        return blanked
    }

    /// Whether `line` is `---` (or, when `closing`, also `...`) followed by nothing but spaces and tabs.
    private static func isDelimiter(_ line: SourceLines.Line, in lines: SourceLines, closing: Bool) -> Bool {
        let content = lines.content(of: line)
        let marker = content.prefix(3)
        let isMarker = marker.elementsEqual("---".utf8) || (closing && marker.elementsEqual("...".utf8))
        return isMarker && content.dropFirst(3).allSatisfy(Byte.isBlank)
    }

    /// Whether `byte` is part of a line ending.
    private static func isLineEnding(_ byte: UInt8) -> Bool {
        byte == Byte.newline || byte == UInt8(ascii: "\r")
    }
}
