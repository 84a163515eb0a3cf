/// `.study-manifest`: the files a build wrote, one a line as `<fingerprint>  <path>` (the FNV-1a 64-bit hash of the
/// file's bytes in 16 hex digits, two spaces, the path relative to the output folder), so that a later build removes
/// only a file it wrote and that nobody changed since. Lesson names with control characters are refused before a
/// manifest is written, so every path is one line.
enum Manifest {
    /// The manifest of a guide's files (the manifest itself not listed), in path order.
    static func text(for files: [String: String]) -> String {
        files.keys.filter { $0 != RenderedGuide.manifestName }.sorted()
            .map { fingerprint(Array((files[$0] ?? "").utf8)) + "  " + $0 + "\n" }.joined()
    }

    /// The paths a manifest lists, with their fingerprints; lines that do not parse are skipped.
    static func entries(in text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let hash = line.prefix(16)
            guard hash.count == 16, hash.allSatisfy(\.isHexDigit), line.dropFirst(16).hasPrefix("  ") else { continue }
            result[String(line.dropFirst(18))] = String(hash)
        }
        return result
    }

    /// The FNV-1a 64-bit hash of `bytes`, in 16 lower-case hex digits.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
