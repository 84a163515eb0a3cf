/// Puts anchor ids on the heading tags of rendered HTML (cmark-gfm writes `<h1>`…`<h6>` without attributes).
enum HeadingAnchors {
    /// `html` with ` id="…"` added to its heading open tags, the first tag getting the first id and so on.
    ///
    /// Only cmark-gfm's own headings look like `<hN>`: the author's HTML is omitted in safe mode, and `<` in text is escaped.
    static func inject(_ ids: [String], into html: String) -> String {
        guard !ids.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + ids.count * 16)
        var next = 0
        var index = 0
        while index < bytes.count {
            if next < ids.count, index + 3 < bytes.count, bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"),
               (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">") {
                output += bytes[index..<(index + 3)]
                output += Array(" id=\"\(MathSpan.escapeHTML(ids[next]))\">".utf8)
                next += 1
                index += 4
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
