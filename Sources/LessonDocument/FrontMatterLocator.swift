import Yams

/// Maps Yams' positions in a front matter's YAML to locations in the lesson file, and Yams' errors to diagnostics.
///
/// A mark's column counts Unicode scalars; turning it into a byte column walks the line from the last mark located on
/// it when that one is not further right, so that the marks of one long line (a flow mapping of thousands of keys),
/// located left to right, cost the line once instead of once per mark.
final class FrontMatterLocator {
    /// Where the front matter is.
    let block: FrontMatterBlock
    /// The lesson's lines (with the front matter as written).
    let lines: SourceLines
    /// The last mark located: its file line, its scalar column and the byte offset that column starts at.
    private var last: (line: Int, column: Int, offset: Int)?

    /// A locator for `block` of `lines`.
    init(block: FrontMatterBlock, lines: SourceLines) {
        self.block = block
        self.lines = lines
    }

    /// The file location of a Yams mark (1-based line in the YAML, 1-based column in Unicode scalars), kept within the
    /// front matter; the first YAML line when there is no mark.
    func location(of mark: Mark?) -> SourceLocation {
        let first = FrontMatterBlock.firstYAMLLine
        guard let mark else { return SourceLocation(line: first, column: 1) }
        let number = min(max(first + mark.line - 1, first), max(block.closingLine, first))
        guard let line = lines.line(number) else { return SourceLocation(line: number, column: 1) }
        var (offset, column) = (line.start, 1)
        if let last, last.line == number, last.column <= mark.column { (offset, column) = (last.offset, last.column) }
        defer { last = (number, column, offset) }
        while column < mark.column, offset < line.contentEnd {
            offset += 1
            while offset < line.contentEnd, lines.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        return SourceLocation(line: number, column: offset - line.start + 1)
    }

    /// The file location of a byte offset in the YAML.
    func location(ofYAMLOffset offset: Int) -> SourceLocation {
        lines.location(ofOffset: block.yamlRange.lowerBound + min(max(offset, 0), block.yamlRange.count))
    }

    /// The diagnostic for an error Yams threw while reading the front matter.
    func diagnostic(for error: any Error, path: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else { return .invalidFrontMatter(nil, path: path, at: location(of: nil)) }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let notes = context.map { [Diagnostic.Note($0.text, at: location(of: $0.mark))] } ?? []
            return .invalidFrontMatter(problem, path: path, at: location(of: mark), notes: notes)
        case let .reader(problem, offset, _, yaml):
            let index = offset.flatMap { yaml.index(yaml.startIndex, offsetBy: $0, limitedBy: yaml.endIndex) }
            let byteOffset = index.map { yaml.utf8.distance(from: yaml.startIndex, to: $0) } ?? 0
            return .invalidFrontMatter(problem, path: path, at: location(ofYAMLOffset: byteOffset))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .duplicateFrontMatterKey(duplicates.first ?? "", path: path, at: location(of: context.mark))
        default:
            return .invalidFrontMatter(nil, path: path, at: location(of: nil))
        }
    }
}

extension Diagnostic {
    /// Front matter that is not valid YAML, with libyaml's description of the problem when there is one.
    static func invalidFrontMatter(_ problem: String?, path: String, at location: SourceLocation, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, "invalid front matter" + (problem.map { ": \($0)" } ?? ""), path: path, at: location, notes: notes)
    }

    /// A key given twice in one mapping of the front matter.
    static func duplicateFrontMatterKey(_ key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "duplicate front matter key '\(key)'", path: path, at: location)
    }
}
