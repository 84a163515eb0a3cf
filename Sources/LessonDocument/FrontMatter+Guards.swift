extension FrontMatter {
    /// Why a front matter's YAML is not given to Yams.
    enum Refusal: Sendable, Equatable {
        /// An alias (`*name`): aliased nodes are shared, and Yams hashes every key whole, so a few lines could take
        /// exponential time.
        case alias
        /// Nesting that could run deeper than `nestingLimit`: Yams builds and hashes nodes recursively.
        case tooDeep
    }

    /// The deepest nesting a front matter may possibly reach.
    static let nestingLimit = 128

    /// The first reason not to give `yaml` to Yams, with the byte offset in `yaml` it is at; nil when it is safe.
    ///
    /// The nesting bound is generous but sure: a line's block nesting is at most two levels per column of indentation plus
    /// its `- `, `? ` and `: ` indicators outside the flow collections opened on that line (the `:` of a flow mapping's
    /// keys nests nothing, so `{k0: 0, …, k9999: 9999}` is not too deep), and flow nesting at most the number of `[` and
    /// `{` so far. An alias is a `*` and
    /// a name where a node starts (after indentation, an indicator, `[`, `{` or `,`), outside block scalars.
    static func refusal(of yaml: [UInt8]) -> (reason: Refusal, offset: Int)? {
        var flowOpeners = 0
        var blockScalarIndent: Int?
        for line in lineRanges(of: yaml) {
            let indent = yaml[line].prefix(while: { $0 == Byte.space }).count
            let isBlank = yaml[line].allSatisfy(Byte.isBlank)
            if let parent = blockScalarIndent, isBlank || indent > parent { continue }
            blockScalarIndent = nil
            var indicators = 0
            var lineFlowDepth = 0
            var atNodeStart = true
            for index in line.dropFirst(indent) {
                let byte = yaml[index]
                let next = index + 1 < line.upperBound ? yaml[index + 1] : Byte.space
                if atNodeStart, byte == UInt8(ascii: "*"), !Byte.isBlank(next), !",[]{}".utf8.contains(next) { return (.alias, index) }
                let isIndicator = "-?:".utf8.contains(byte) && (Byte.isBlank(next) || byte == UInt8(ascii: ":"))
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { (flowOpeners, lineFlowDepth) = (flowOpeners + 1, lineFlowDepth + 1) }
                if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { lineFlowDepth = max(lineFlowDepth - 1, 0) }
                if isIndicator, lineFlowDepth == 0 { indicators += 1 }
                atNodeStart = isIndicator || "[{,".utf8.contains(byte) || (atNodeStart && Byte.isBlank(byte))
            }
            if 2 * (indent + 1) + indicators + flowOpeners > nestingLimit { return (.tooDeep, line.lowerBound) }
            if opensBlockScalar(yaml[line]) { blockScalarIndent = indent }
        }
        return nil
    }

    /// The ranges of `yaml`'s lines, line endings left out.
    private static func lineRanges(of yaml: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, byte) in yaml.enumerated() where byte == Byte.newline || byte == UInt8(ascii: "\r") {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < yaml.count { ranges.append(start..<yaml.count) }
        return ranges
    }

    /// Whether a line ends with a block scalar header (`|` or `>`, then optional `+`, `-` and a digit) after a blank or at its start.
    private static func opensBlockScalar(_ line: ArraySlice<UInt8>) -> Bool {
        var content = line
        while let last = content.last, Byte.isBlank(last) { content = content.dropLast() }
        while let last = content.last, last == UInt8(ascii: "+") || last == UInt8(ascii: "-") || Byte.isDigit(last) {
            content = content.dropLast()
        }
        guard let header = content.last, header == UInt8(ascii: "|") || header == UInt8(ascii: ">") else { return false }
        let before = content.dropLast()
        return before.last.map(Byte.isBlank) ?? true
    }
}

extension Diagnostic {
    /// Front matter with an alias in it.
    static func frontMatterAlias(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "front matter may not use aliases", path: path, at: location)
    }

    /// Front matter that could nest deeper than `FrontMatter.nestingLimit`.
    static func frontMatterTooDeep(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "front matter nests too deeply (at most \(FrontMatter.nestingLimit) levels)", path: path, at: location)
    }
}
