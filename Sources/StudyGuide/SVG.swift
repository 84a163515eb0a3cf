import ComputeLanguage
import Foundation

/// Small pieces of SVG shared by the figure renderers: escaping, coordinates, text sizes and axis ticks.
enum SVG {
    /// The font of every figure, as a presentation attribute (system sans-serif, as the pages use).
    static let fontFamily = "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif"
    /// The size of labels and cell values, in px.
    static let fontSize = 13.0

    /// `text` escaped for XML content and quoted attributes (so for inline SVG in HTML too): characters XML 1.0
    /// forbids (controls other than tab and line endings, U+FFFE, U+FFFF) become U+FFFD and line endings spaces,
    /// then `HTML.escape` does the rest.
    static func escape(_ text: String) -> String {
        var sanitized = ""
        sanitized.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: sanitized += " "
            case 0xFFFE, 0xFFFF, 0..<0x20, 0x7F...0x9F: sanitized += "\u{FFFD}"
            default: sanitized.unicodeScalars.append(scalar)
            }
        }
        return HTML.escape(sanitized)
    }

    /// Where `value` lies on the scale from `low` (0) to `high` (1): (value − low) / (high − low), computed on halves so
    /// that it cannot overflow however wide the range (halving is exact but for subnormals); 0 for an empty range.
    static func fraction(_ value: Double, low: Double, high: Double) -> Double {
        let span = high / 2 - low / 2
        guard span > 0 else { return 0 }
        let fraction = (value / 2 - low / 2) / span
        return fraction.isFinite ? fraction : 0
    }

    /// A coordinate or length with at most one decimal (`12`, `12.5`), the same on every machine.
    static func number(_ x: Double) -> String {
        let text = ValueFormatter.number((x * 10).rounded() / 10, precision: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// The estimated width of `text` in px at `size`: 0.6 em per character, 1 em for wide (CJK, emoji) ones.
    static func width(_ text: String, size: Double = fontSize) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            total + (scalar.value >= 0x1100 ? 1.0 : (scalar.value < 0x20 ? 0 : 0.6)) * size
        }
    }

    /// `text` cut with `…` so that its estimated width is at most `limit` px.
    static func truncated(_ text: String, toWidth limit: Double, size: Double = fontSize) -> String {
        guard width(text, size: size) > limit else { return text }
        var result = ""
        for character in text {
            if width(result + String(character) + "…", size: size) > limit { break }
            result.append(character)
        }
        return result + "…"
    }

    /// A `<text>` element; `attributes` are written as given (already escaped), the content is escaped.
    static func text(_ content: String, x: Double, y: Double, _ attributes: String = "") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\"\(attributes.isEmpty ? "" : " " + attributes)>\(escape(content))</text>"
    }

    /// A muted label (tick labels, legend values), with its light colour as fallback.
    static func mutedText(_ content: String, x: Double, y: Double, anchor: String = "start", extra: String = "") -> String {
        text(content, x: x, y: y, "class=\"fig-muted\" fill=\"\(FigurePalette.light.muted)\" text-anchor=\"\(anchor)\"" + (extra.isEmpty ? "" : " " + extra))
    }

    /// A label in the main text colour.
    static func labelText(_ content: String, x: Double, y: Double, anchor: String = "start", extra: String = "") -> String {
        text(content, x: x, y: y, "fill=\"\(FigurePalette.light.text)\" text-anchor=\"\(anchor)\"" + (extra.isEmpty ? "" : " " + extra))
    }

    /// A horizontal or vertical line of class `kind` (`fig-grid`, `fig-axis`).
    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, kind: String) -> String {
        let colour = kind == "fig-grid" ? FigurePalette.light.grid : FigurePalette.light.axis
        return "<line class=\"\(kind)\" x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"\(colour)\" stroke-width=\"1\"/>"
    }

    /// Evenly spaced round tick values (steps of 1, 2 or 5 × 10ⁿ) covering `low…high`, and the decimals they need.
    struct Ticks: Equatable {
        /// The tick values, ascending; the first is at or below `low`, the last at or above `high` when `extend`.
        var values: [Double]
        /// The decimals that write every tick exactly.
        var decimals: Int

        /// The ticks stay within ±`limit`, so that a step and its multiples are finite whatever the data.
        static let limit = 1e300

        /// About `target` ticks over `low…high` (clamped to ±`limit`); with `extend`, the range grows to whole steps.
        init(low: Double, high: Double, target: Int = 5, extend: Bool) {
            let clamped = { (x: Double) in x.isNaN ? 0 : min(max(x, -Self.limit), Self.limit) }
            var (low, high) = (min(clamped(low), clamped(high)), max(clamped(low), clamped(high)))
            if high - low < 1e-12 * max(1, abs(low)) {
                // A flat range is widened around its value; one within 1e-200 of 0 (down to subnormals, whose
                // tenth rounds to 0) around 0.
                let pad = abs(low) < 1e-200 ? 1 : abs(low) * 0.1
                (low, high) = (low - pad, high + pad)
            }
            let raw = (high - low) / Double(max(target, 1))
            let exponent = Int(floor(log10(raw)))
            let magnitude = pow(10, Double(exponent))
            let normalized = raw / magnitude
            let multiple: Double = normalized < 1.5 ? 1 : normalized < 3 ? 2 : normalized < 7 ? 5 : 10
            let step = multiple * magnitude
            let first = extend ? floor(low / step + 1e-9) : ceil(low / step - 1e-9)
            let last = extend ? ceil(high / step - 1e-9) : floor(high / step + 1e-9)
            let count = Int(min(max(last - first, 0), 1_000)) + 1
            values = (0..<max(count, 1)).map { (first + Double($0)) * step }
            decimals = max(0, -(exponent + (multiple == 10 ? 1 : 0)))
        }

        /// A tick value as text: integers with thousands separators, others with `decimals` decimals.
        func label(_ x: Double) -> String {
            if decimals == 0, abs(x) < 1e15 { return ValueFormatter.integer(Int(x.rounded())) }
            return ValueFormatter.number(x, precision: decimals)
        }
    }
}

extension SVG {
    /// An x value as written in descriptions and tooltips: integers without decimals, others with up to 6 significant digits.
    static func shortest(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        var text = String(format: "%.6g", x)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
