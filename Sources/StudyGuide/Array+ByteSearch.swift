extension Array where Element == UInt8 {
    /// The offset of the first occurrence of `needle` at or after `start`, or nil: a plain scan for its first byte,
    /// then a comparison of the rest (Foundation's `firstRange(of:)` on bytes took a quarter of a 10 MB page's build,
    /// and `String.range(of:)` bridges the whole string).
    func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first else { return Swift.min(Swift.max(start, 0), count) }
        let last = count - needle.count
        var index = Swift.max(start, 0)
        return withUnsafeBufferPointer { bytes in
            needle.withUnsafeBufferPointer { pattern in
                while index <= last {
                    if bytes[index] == first {
                        var matched = 1
                        while matched < pattern.count, bytes[index + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }
}
