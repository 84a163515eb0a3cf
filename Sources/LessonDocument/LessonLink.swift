/// Links between lessons: a relative link to another lesson's Markdown file points, in HTML, to that lesson's page.
enum LessonLink {
    /// The HTML destination for a link to a lesson file (`03-attention.md#scores` → `03-attention.html#scores`, with an
    /// optional `./` kept); nil for anything else: absolute URLs, paths with folders, fragments alone, other files.
    static func htmlDestination(for destination: String) -> String? {
        let bytes = Array(destination.utf8)
        let pathEnd = bytes.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) ?? bytes.count
        var path = bytes[0..<pathEnd]
        var prefix: ArraySlice<UInt8> = []
        if path.starts(with: Array("./".utf8)) {
            prefix = path.prefix(2)
            path = path.dropFirst(2)
        }
        let suffix = Array(".md".utf8)
        guard path.count > suffix.count, path.suffix(suffix.count).elementsEqual(suffix),
              !path.contains(UInt8(ascii: "/")), !path.contains(UInt8(ascii: ":")), !path.contains(UInt8(ascii: "\\")),
              path.first != UInt8(ascii: ".") else { return nil }
        let stem = path.dropLast(suffix.count)
        return String(decoding: prefix + stem, as: UTF8.self) + ".html" + String(decoding: bytes[pathEnd...], as: UTF8.self)
    }
}
