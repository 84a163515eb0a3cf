/// ASCII bytes and byte classes the math scanner reads by.
enum Byte {
    /// `$`.
    static let dollar = UInt8(ascii: "$")
    /// `\`.
    static let backslash = UInt8(ascii: "\\")
    /// `` ` ``.
    static let backtick = UInt8(ascii: "`")
    /// Line feed.
    static let newline = UInt8(ascii: "\n")
    /// Space.
    static let space = UInt8(ascii: " ")
    /// Tab.
    static let tab = UInt8(ascii: "\t")
    /// `{`.
    static let openBrace = UInt8(ascii: "{")
    /// `}`.
    static let closeBrace = UInt8(ascii: "}")
    /// `%`, which starts a TeX comment.
    static let percent = UInt8(ascii: "%")

    /// A space or a tab (pandoc's `spaceChar`).
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// Space, tab, line feed or carriage return (pandoc's `isSpaceChar`).
    static func isSpaceChar(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == newline || byte == UInt8(ascii: "\r")
    }

    /// ASCII white space as Haskell's `isSpace` sees it (what may not follow an opening `$`).
    static func isWhitespace(_ byte: UInt8) -> Bool {
        isSpaceChar(byte) || byte == 0x0B || byte == 0x0C
    }

    /// An ASCII digit (what may not follow a closing `$`).
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// An ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// ASCII punctuation: the characters a backslash escapes in CommonMark.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
