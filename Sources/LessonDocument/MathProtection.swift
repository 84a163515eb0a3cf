/// A lesson's source with every math span replaced, byte for byte, by filler that cmark-gfm leaves alone, and the spans to put back.
///
/// The protected text has the source's length, line breaks and container prefixes, and every byte outside the math
/// unchanged, so cmark-gfm finds the same blocks at the same lines and columns. Pipes (and a backslash before one) inside
/// a span are kept too, so that a paragraph does not turn into a table row or back.
struct MathProtection: Sendable {
    /// The text cmark-gfm parses.
    let protectedSource: String
    /// The spans, in source order.
    let spans: [MathSpan]
    /// The filler bytes, or nil when the source leaves too few free (then nothing is protected).
    let alphabet: FillerAlphabet?
    /// How many index digits each span's filler carries.
    let codeLengths: [Int]
    /// Digits that identify any span exactly.
    let fullCodeLength: Int
    /// Each span's bytes as written in the source.
    let sourceTexts: [String]
    /// The code spans read outside math whose content starts with `{swift}` or `{source:`, in source order.
    let inlineCodeSpans: [InlineCodeSpan]
    /// The source ranges of the prose (text outside math, code spans, raw HTML, URLs and link destinations), each within
    /// one line, in source order.
    let proseRanges: [Range<Int>]

    /// Finds the math and the `{swift}` code spans in `blocks` (from a first parse of `lines`' source) and protects the math.
    init(source: String, lines: SourceLines, blocks: [InlineBlock]) {
        let bytes = lines.bytes
        let alphabet = FillerAlphabet(avoiding: bytes)
        var found: [(span: MathSpan, pieces: [Range<Int>])] = []
        var codeSpans: [InlineCodeSpan] = []
        var prose: [Range<Int>] = []
        for region in blocks.flatMap({ $0.regions(in: lines) }) {
            let text = InlineText(segments: region.segments, source: bytes, isTableCell: region.isTableCell)
            let scan = MathScanner.scan(text.bytes, findingMath: alphabet != nil)
            for match in scan.math {
                if let span = Self.span(for: match, in: text) { found.append(span) }
            }
            codeSpans += scan.codeSpans.map { InlineCodeSpan($0, in: text) }.filter { InlineExpression.isMarked($0.content) }
            prose += scan.prose.flatMap(text.sourcePieces)
        }
        codeSpans.sort { $0.spanRange.lowerBound < $1.spanRange.lowerBound }
        prose.sort { $0.lowerBound < $1.lowerBound }
        guard let alphabet else {
            self.init(protectedSource: source, spans: [], alphabet: nil, codeLengths: [], fullCodeLength: 0, sourceTexts: [],
                      inlineCodeSpans: codeSpans, proseRanges: prose)
            return
        }
        found.sort { $0.span.range.lowerBound < $1.span.range.lowerBound }
        var accepted: [(span: MathSpan, pieces: [Range<Int>])] = []
        for candidate in found where candidate.span.range.lowerBound >= (accepted.last?.span.range.upperBound ?? 0) {
            accepted.append(candidate)
        }
        let fullCodeLength = alphabet.digitCount(for: accepted.count)
        var protected = bytes
        var codeLengths: [Int] = []
        for (index, candidate) in accepted.enumerated() {
            let code = alphabet.encode(index, count: fullCodeLength)
            codeLengths.append(Self.fill(candidate.pieces, of: &protected, code: code, alphabet: alphabet))
        }
        self.init(protectedSource: String(decoding: protected, as: UTF8.self), spans: accepted.map(\.span),
                  alphabet: alphabet, codeLengths: codeLengths, fullCodeLength: fullCodeLength,
                  sourceTexts: accepted.map { lines.text($0.span.range) }, inlineCodeSpans: codeSpans, proseRanges: prose)
    }

    /// The parts, as given.
    private init(protectedSource: String, spans: [MathSpan], alphabet: FillerAlphabet?, codeLengths: [Int], fullCodeLength: Int,
                 sourceTexts: [String], inlineCodeSpans: [InlineCodeSpan], proseRanges: [Range<Int>]) {
        self.protectedSource = protectedSource
        self.inlineCodeSpans = inlineCodeSpans
        self.proseRanges = proseRanges
        self.sourceTexts = sourceTexts
        self.spans = spans
        self.alphabet = alphabet
        self.codeLengths = codeLengths
        self.fullCodeLength = fullCodeLength
    }

    /// Writes a span's filler over `pieces` of `bytes`: start byte, code digits, pad, end byte, keeping pipes and the
    /// backslash before a pipe; returns how many digits fitted.
    private static func fill(_ pieces: [Range<Int>], of bytes: inout [UInt8], code: [UInt8], alphabet: FillerAlphabet) -> Int {
        let pipe = UInt8(ascii: "|")
        let positions = pieces.flatMap { $0 }.filter { position in
            let escapesPipe = bytes[position] == Byte.backslash && position + 1 < bytes.count && bytes[position + 1] == pipe
            return bytes[position] != pipe && !escapesPipe
        }
        guard let first = positions.first, let last = positions.last, first != last else { return 0 }
        bytes[first] = alphabet.start
        bytes[last] = alphabet.end
        let middle = positions.dropFirst().dropLast()
        let written = min(code.count, middle.count)
        for (offset, position) in middle.enumerated() {
            bytes[position] = offset < written ? code[offset] : alphabet.pad
        }
        return written
    }
}
