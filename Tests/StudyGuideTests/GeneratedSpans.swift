import Foundation

/// The text of a lesson without what `update` may write: result comments (`// => …` and their `//    [...]`
/// continuation lines, with the spaces before them) and the written value of claims (`{swift} expr => …`).
/// Line endings are kept, so a changed ending shows as a difference.
enum GeneratedSpans {
    /// `text` with every generated span removed, line by line with each line's own ending.
    static func removed(from text: String) -> [String] {
        var lines: [String] = []
        var content = ""
        for character in withoutClaimValues(text) {
            guard character == "\n" || character == "\r\n" || character == "\r" else {
                content.append(character)
                continue
            }
            if let kept = stripped(content) { lines.append(kept + String(character).unicodeScalars.map { $0 == "\r" ? "␍" : "␊" }.joined()) }
            content = ""
        }
        if let kept = stripped(content), !content.isEmpty { lines.append(kept) }
        return lines
    }

    /// A line without its result comment, or nil for a continuation line (which only `update` writes).
    private static func stripped(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        if trimmed.hasPrefix("//"), trimmed.dropFirst(2).drop(while: { $0 == " " }).hasPrefix("[") { return nil }
        var kept = line
        while kept.last == " " || kept.last == "\t" { kept.removeLast() }
        var searchStart = kept.startIndex
        while let slashes = kept.range(of: "//", range: searchStart..<kept.endIndex) {
            if kept[slashes.upperBound...].drop(while: { $0 == " " }).hasPrefix("=>") {
                kept = String(kept[..<slashes.lowerBound])
                while kept.last == " " || kept.last == "\t" { kept.removeLast() }
                break
            }
            searchStart = slashes.upperBound
        }
        return kept
    }

    /// The text with the written part of each claim (`` `{swift} expr => 0.867` `` → `` `{swift} expr =>` ``) removed.
    private static func withoutClaimValues(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "`{swift}") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "`") else { break }
            let span = rest[..<close]
            if let arrow = span.range(of: "=>") { result += span[..<arrow.upperBound] } else { result += span }
            rest = rest[close...]
        }
        return result + rest
    }
}
