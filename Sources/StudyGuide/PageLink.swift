/// Links between the guide's pages: a lesson's page name percent-encoded, so that names with spaces, `#`, `?` or `%`
/// link to their own page.
enum PageLink {
    /// The relative URL of the page `name.html` (not yet escaped for HTML): `04 a#b` → `04%20a%23b.html`.
    static func html(_ name: String) -> String {
        encoded(name) + ".html"
    }

    /// `path` with every byte but the unreserved ones (letters, digits, `-._~`) and `/` percent-encoded.
    static func encoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
