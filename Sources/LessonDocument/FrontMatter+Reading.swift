import Yams

extension FrontMatter {
    /// The keys front matter understands, in the order they are listed to the author.
    static let knownKeys = ["title", "summary", "precision", "limits"]
    /// The keys `limits` understands.
    static let knownLimits = ["elements", "work"]

    /// The front matter at the top of `lines`, if any, with its problems and the block it takes (to be blanked out).
    static func read(from lines: SourceLines, path: String) -> (frontMatter: FrontMatter, diagnostics: [Diagnostic], block: FrontMatterBlock?) {
        switch FrontMatterBlock.find(in: lines) {
        case .none:
            return (FrontMatter(), [], nil)
        case .unclosed:
            return (FrontMatter(), [.unclosedFrontMatter(path: path, at: SourceLocation(line: 1, column: 1))], nil)
        case let .found(block):
            let (frontMatter, diagnostics) = read(block, lines: lines, path: path)
            return (frontMatter, diagnostics, block)
        }
    }

    /// Reads the YAML of `block` with Yams; every problem becomes a diagnostic located in `lines` (the lesson's own lines).
    private static func read(_ block: FrontMatterBlock, lines: SourceLines, path: String) -> (frontMatter: FrontMatter, diagnostics: [Diagnostic]) {
        let locator = FrontMatterLocator(block: block, lines: lines)
        let yaml = Array(lines.bytes[block.yamlRange])
        if let (reason, offset) = refusal(of: yaml) {
            let location = locator.location(ofYAMLOffset: offset)
            return (FrontMatter(), [reason == .alias ? .frontMatterAlias(path: path, at: location) : .frontMatterTooDeep(path: path, at: location)])
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: String(decoding: yaml, as: UTF8.self))
        } catch {
            return (FrontMatter(), [locator.diagnostic(for: error, path: path)])
        }
        guard let root else { return (FrontMatter(), []) }
        guard case let .mapping(mapping) = root else {
            return (FrontMatter(), [.frontMatterNotAMapping(path: path, at: locator.location(of: root.mark))])
        }
        var frontMatter = FrontMatter()
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard knownKeys.contains(name) else {
                diagnostics.append(.unknownFrontMatterKey(describe(key), path: path, at: locator.location(of: key.mark)))
                continue
            }
            let location = locator.location(of: value.mark ?? key.mark)
            switch name {
            case "title", "summary":
                guard let text = string(value) else {
                    diagnostics.append(.frontMatterNotAString(name, path: path, at: location))
                    continue
                }
                if name == "title" { frontMatter.title = text } else { frontMatter.summary = text }
            case "precision":
                guard let digits = integer(value), CellOptions.precisionRange.contains(digits) else {
                    diagnostics.append(.invalidPrecision(describe(value), path: path, at: location))
                    continue
                }
                frontMatter.precision = digits
            default:
                diagnostics += frontMatter.readLimits(value, locator: locator, path: path)
            }
        }
        return (frontMatter, diagnostics)
    }

    /// Sets `maxElements` and `maxWork` from a `limits` mapping, or returns the problems.
    private mutating func readLimits(_ node: Node, locator: FrontMatterLocator, path: String) -> [Diagnostic] {
        guard case let .mapping(mapping) = node else { return [.frontMatterLimitsNotAMapping(path: path, at: locator.location(of: node.mark))] }
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard Self.knownLimits.contains(name) else {
                diagnostics.append(.unknownFrontMatterLimit(Self.describe(key), path: path, at: locator.location(of: key.mark)))
                continue
            }
            guard let limit = Self.integer(value), limit > 0 else {
                diagnostics.append(.invalidLimit(Self.describe(value), name: name, path: path, at: locator.location(of: value.mark ?? key.mark)))
                continue
            }
            if name == "elements" { maxElements = limit } else { maxWork = limit }
            limitLocations[name] = locator.location(of: key.mark)
        }
        return diagnostics
    }

    /// A scalar's text, trimmed; nil for null, a list or a mapping.
    private static func string(_ node: Node) -> String? {
        guard case let .scalar(scalar) = node, !isNull(scalar) else { return nil }
        return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A plain scalar written as a decimal integer (`_` separators allowed); nil for anything else, or one too large.
    private static func integer(_ node: Node) -> Int? {
        guard case let .scalar(scalar) = node, scalar.style == .plain || scalar.style == .any else { return nil }
        let digits = scalar.string.utf8.filter { $0 != UInt8(ascii: "_") }
        let body = digits.first == UInt8(ascii: "+") || digits.first == UInt8(ascii: "-") ? digits.dropFirst() : digits[...]
        guard !body.isEmpty, body.allSatisfy(Byte.isDigit) else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// Whether a scalar is YAML's null: plain and empty, `~` or `null`.
    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        (scalar.style == .plain || scalar.style == .any) && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A node as the author may recognise it in a message: a scalar's text (cut after 40 characters), else what kind of node it is.
    static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar): scalar.string.count > 40 ? scalar.string.prefix(40) + "…" : scalar.string
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}

extension Diagnostic {
    /// A first line `---` that no `---` or `...` line closes.
    static func unclosedFrontMatter(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "unclosed front matter; add a closing --- line", path: path, at: location,
                   notes: [Note("a lesson that opens with a thematic break needs a blank line after it")])
    }

    /// Front matter whose YAML is a scalar or a list.
    static func frontMatterNotAMapping(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "front matter must be a mapping of keys to values", path: path, at: location,
                   notes: [Note("known keys are \(FrontMatter.knownKeys.joined(separator: ", "))")])
    }

    /// A front matter key that is not one of `FrontMatter.knownKeys`.
    static func unknownFrontMatterKey(_ key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "unknown front matter key '\(key)'", path: path, at: location,
                   notes: [Note("known keys are \(FrontMatter.knownKeys.joined(separator: ", "))")])
    }

    /// A `title` or `summary` that is null, a list or a mapping.
    static func frontMatterNotAString(_ key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "invalid value for '\(key)'; expected a string", path: path, at: location)
    }

    /// A `limits` that is not a mapping.
    static func frontMatterLimitsNotAMapping(path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "invalid value for 'limits'; expected a mapping such as { elements: 1000000, work: 2000000000 }",
                   path: path, at: location)
    }

    /// A key of `limits` that is not one of `FrontMatter.knownLimits`.
    static func unknownFrontMatterLimit(_ key: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "unknown limit '\(key)'", path: path, at: location,
                   notes: [Note("known limits are \(FrontMatter.knownLimits.joined(separator: ", "))")])
    }

    /// A limit that is not a positive integer.
    static func invalidLimit(_ value: String, name: String, path: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "invalid value '\(value)' for limit '\(name)'; expected a positive integer", path: path, at: location)
    }
}
