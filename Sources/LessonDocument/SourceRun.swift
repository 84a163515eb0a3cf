/// A run of a text's bytes that follow one another in the lesson source: the text offset where the run starts and the
/// file location of that byte. A text read across a line break, or with `\|` read as `|`, is several runs.
public struct SourceRun: Hashable, Sendable {
    /// The UTF-8 offset in the text where the run starts.
    public let offset: Int
    /// The file location of the run's first byte.
    public let location: SourceLocation

    /// A run starting at `offset` of the text, at `location` in the file.
    public init(offset: Int, location: SourceLocation) {
        self.offset = offset
        self.location = location
    }

    /// The runs of `sourceOffsets` (the source offset of each byte of a text): a new run wherever a byte does not
    /// follow the one before it in the source, or follows a line break there (a span wrapped onto a line with no
    /// indent reads the break as a space and the next line's first byte right after it). Linear in the text; each run
    /// is located once in `lines`.
    static func runs(of sourceOffsets: ArraySlice<Int>, in lines: SourceLines) -> [SourceRun] {
        var runs: [SourceRun] = []
        var previous: Int?
        for (offset, source) in sourceOffsets.enumerated() {
            let afterBreak = previous.map { lines.bytes.indices.contains($0) && (lines.bytes[$0] == 0x0A || lines.bytes[$0] == 0x0D) } ?? false
            if afterBreak || (previous.map({ $0 + 1 != source }) ?? true) {
                runs.append(SourceRun(offset: offset, location: lines.location(ofOffset: source)))
            }
            previous = source
        }
        return runs
    }

    /// The file location of `offset` of a text made of `runs`: in the last run that starts at or before it, as many
    /// columns right of the run's start (`fallback` when there are no runs).
    static func location(ofOffset offset: Int, in runs: [SourceRun], fallback: SourceLocation) -> SourceLocation {
        guard let first = runs.first else { return SourceLocation(line: fallback.line, column: fallback.column + max(offset, 0)) }
        var (low, high) = (0, runs.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if runs[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let run = runs[low].offset <= offset ? runs[low] : first
        return SourceLocation(line: run.location.line, column: run.location.column + max(offset - run.offset, 0))
    }
}
