extension MathProtection {
    /// What a span's filler is replaced by.
    enum Replacement {
        /// The span's HTML in text, its TeX escaped as plain text inside a tag (an image's `alt`).
        case html
        /// The TeX as plain text (titles, summaries, headings).
        case plainText
        /// The span's source bytes as written (link destinations and titles, which are never math).
        case source
    }

    /// `html` with every span's filler put back, and the indices of the spans that came out as math.
    func restoringHTML(_ html: String) -> (html: String, restored: Set<Int>) {
        let result = restoring(html, as: .html)
        return (result.text, result.restored)
    }

    /// `text` with every span's filler replaced by the span's TeX as plain text.
    func restoringPlainText(_ text: String) -> String {
        restoring(text, as: .plainText).text
    }

    /// `text` with every span's filler replaced by the bytes the span had in the source.
    func restoringSource(_ text: String) -> String {
        restoring(text, as: .source).text
    }

    /// Replaces each run from a start byte to the next end byte (with only filler, pipes, backslashes, spaces and line
    /// feeds between) by what `replacement` makes of the span its digits name; stray filler bytes are dropped.
    private func restoring(_ text: String, as replacement: Replacement) -> (text: String, restored: Set<Int>) {
        guard let alphabet, !spans.isEmpty, text.utf8.contains(where: alphabet.contains) else { return (text, []) }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var restored: Set<Int> = []
        var next = 0
        var insideTag = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == alphabet.start, let (end, digits) = fillerEnd(in: bytes, from: index, alphabet: alphabet),
               let span = spanIndex(digits: digits, after: next, excluding: restored, alphabet: alphabet) {
                output += Array(replacementText(of: span, as: replacement, insideTag: insideTag).utf8)
                restored.insert(span)
                next = span + 1
                index = end
                continue
            }
            if !alphabet.contains(byte) { output.append(byte) }
            if replacement == .html, byte == UInt8(ascii: "<") { insideTag = true }
            if replacement == .html, byte == UInt8(ascii: ">") { insideTag = false }
            index += 1
        }
        return (String(decoding: output, as: UTF8.self), restored)
    }

    /// The end of the filler run starting at `start` (just past its end byte) and the digits in it; nil when it is broken.
    private func fillerEnd(in bytes: [UInt8], from start: Int, alphabet: FillerAlphabet) -> (end: Int, digits: [Int])? {
        var digits: [Int] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == alphabet.end { return (index + 1, digits) }
            if let digit = alphabet.digitValue(byte) {
                if digits.count < fullCodeLength { digits.append(digit) }
            } else if byte != alphabet.pad, !"|\\ \n".utf8.contains(byte) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The span whose code matches `digits`: the first not yet restored at or after `next`, else the first before it.
    private func spanIndex(digits: [Int], after next: Int, excluding restored: Set<Int>, alphabet: FillerAlphabet) -> Int? {
        let (value, modulus) = alphabet.decode(digits)
        if fullCodeLength > 0, digits.count == fullCodeLength {
            return value < spans.count && codeLengths[value] == digits.count ? value : nil
        }
        let matches = { (index: Int) in
            codeLengths[index] == digits.count && index % max(modulus, 1) == value && !restored.contains(index)
        }
        return (next..<max(spans.count, next)).first(where: matches) ?? (0..<min(next, spans.count)).first(where: matches)
    }

    /// What replaces span `index`'s filler.
    private func replacementText(of index: Int, as replacement: Replacement, insideTag: Bool) -> String {
        let span = spans[index]
        switch replacement {
        case .html: return insideTag ? MathSpan.escapeHTML(span.plainText) : span.html
        case .plainText: return span.plainText
        case .source: return sourceTexts[index]
        }
    }
}
