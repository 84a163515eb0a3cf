extension CellOptions {
    /// The option keys a cell understands, in the order they are listed to the author.
    static let knownKeys = ["label", "precision", "echo", "error"]
    /// The precisions a cell may ask for.
    static let precisionRange = 0...15

    /// Reads the option lines at the top of `code` (up to the first line that is not one); problems, and the key of
    /// each option set, are located with `locate(line, column)`. An option set twice is an error at the second, and an
    /// option line below the code, which nothing reads, is a warning.
    static func parse(
        code: String, path: String, locate: (Int, Int) -> SourceLocation
    ) -> (options: CellOptions, diagnostics: [Diagnostic], keyLocations: [String: SourceLocation]) {
        var options = CellOptions()
        var diagnostics: [Diagnostic] = []
        var keyLocations: [String: SourceLocation] = [:]
        let lines = Array(code.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let optionLineCount = lines.prefix { OptionLine($0) != nil }.count
        for (index, bytes) in lines.prefix(optionLineCount).enumerated() {
            guard let line = OptionLine(bytes) else { continue }
            let number = index + 1
            guard line.isWellFormed else {
                diagnostics.append(.malformedOptionLine(path: path, at: locate(number, line.keyColumn)))
                continue
            }
            let valueLocation = locate(number, line.valueColumn)
            guard Self.knownKeys.contains(line.key) else {
                diagnostics.append(.unknownCellOption(line.key, path: path, at: locate(number, line.keyColumn)))
                continue
            }
            if let first = keyLocations[line.key] {
                diagnostics.append(.repeatedOption(line.key, path: path, at: locate(number, line.keyColumn), first: first))
                continue
            }
            guard !line.value.isEmpty else {
                diagnostics.append(.missingOptionValue(line.key, path: path, at: valueLocation))
                continue
            }
            if let problem = options.apply(key: line.key, value: line.value, path: path, at: valueLocation) {
                diagnostics.append(problem)
            } else {
                keyLocations[line.key] = locate(number, line.keyColumn)
            }
        }
        for (index, bytes) in lines.enumerated().dropFirst(optionLineCount) {
            if let line = OptionLine(bytes) { diagnostics.append(.optionLineAfterCode(path: path, at: locate(index + 1, line.keyColumn))) }
        }
        return (options, diagnostics, keyLocations)
    }

    /// Sets the option `key` from `value`, or returns the diagnostic for a value that does not parse.
    private mutating func apply(key: String, value: String, path: String, at location: SourceLocation) -> Diagnostic? {
        switch key {
        case "label":
            let id = Self.unquoted(value)
            if let problem = CellLabel.problem(with: id, path: path, at: location) { return problem }
            label = id
        case "precision":
            guard let digits = Int(value), Self.precisionRange.contains(digits) else {
                return .invalidPrecision(value, path: path, at: location)
            }
            precision = digits
        default:
            guard let flag = Self.boolean(value) else { return .invalidFlag(value, key: key, path: path, at: location) }
            if key == "echo" { echo = flag } else { expectsError = flag }
        }
        return nil
    }

    /// `true` or `false`, or nil for anything else.
    private static func boolean(_ value: String) -> Bool? {
        value == "true" ? true : value == "false" ? false : nil
    }

    /// A value without one pair of surrounding double or single quotes.
    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}

extension Diagnostic {
    /// An option line whose key is not one of `CellOptions.knownKeys`.
    static func unknownCellOption(_ key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "unknown cell option '\(key)'", path: path, at: location,
                   notes: [Note("known options are \(CellOptions.knownKeys.joined(separator: ", "))")])
    }

    /// A `precision` that is not an integer in `CellOptions.precisionRange`.
    static func invalidPrecision(_ value: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "invalid precision '\(value)'; expected an integer from \(CellOptions.precisionRange.lowerBound) to \(CellOptions.precisionRange.upperBound)",
                   path: path, at: location)
    }

    /// An `echo` or `error` value that is neither `true` nor `false`.
    static func invalidFlag(_ value: String, key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "invalid value '\(value)' for option '\(key)'; expected true or false", path: path, at: location)
    }

    /// An option line with a key but nothing after the colon.
    static func missingOptionValue(_ key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "missing value for option '\(key)'", path: path, at: location)
    }

    /// An option given a second time in one block.
    static func repeatedOption(_ key: String, path: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "option '\(key)' is already set in this block", path: path, at: location,
                   notes: [Note("'\(key)' is first set here", at: first)])
    }

    /// A `//|` line below the block's first line that is not an option line: a comment that sets nothing.
    static func optionLineAfterCode(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, "this option line is not read: options must be the first lines of the block", path: path, at: location)
    }

    /// A line starting with `//|` that is not `//| key: value`.
    static func malformedOptionLine(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "malformed option line; expected '//| key: value'", path: path, at: location)
    }
}
