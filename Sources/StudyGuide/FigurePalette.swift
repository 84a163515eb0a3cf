import Foundation

/// The colours of figures in the light and the dark theme, and the CSS that applies them.
///
/// Every SVG element carries its light colour as a presentation attribute (`fill="#4292c6"`), the fallback where
/// no CSS reaches, and a class (`fig-c5`) that the CSS maps to a custom property (`--fig-seq-5`). Pages define the
/// properties in `style.css` for both themes; a figure file carries its own `<style>` with both themes, since GitHub
/// shows it through `<img>`, where the page's CSS does not reach.
enum FigurePalette {
    /// One theme's colours, as `#rrggbb`.
    struct Theme: Sendable {
        /// The figure's background.
        let background: String
        /// Labels and titles.
        let text: String
        /// Tick labels and legends' secondary text.
        let muted: String
        /// Grid lines.
        let grid: String
        /// Axes.
        let axis: String
        /// A heatmap cell whose value is not finite.
        let missing: String
        /// The sequential scale of heatmaps, from the lowest value to the highest.
        let sequential: [String]
        /// The colours of series (bars and lines), in order, reused cyclically.
        let series: [String]
        /// The text colours that contrast with dark and with light fills.
        let darkInk: String
        let lightInk: String

        /// The text colour of a heatmap cell filled with step `step`: whichever ink contrasts more.
        func ink(_ step: Int) -> String {
            let fill = sequential[step]
            return FigurePalette.contrast(fill, darkInk) >= FigurePalette.contrast(fill, lightInk) ? darkInk : lightInk
        }
    }

    /// How many steps the sequential scale has.
    static let steps = 9

    /// GitHub's light colours, ColorBrewer's "Blues" for heatmaps (its palest steps a shade darker, to stand out from the page), an Okabe–Ito-like set for series (≥ 3:1 on white).
    static let light = Theme(
        background: "#ffffff", text: "#1f2328", muted: "#59636e", grid: "#d1d9e0", axis: "#59636e", missing: "#eaeef2",
        sequential: ["#e8f1fa", "#d3e4f3", "#bdd7ec", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
        series: ["#0072b2", "#d55e00", "#008060", "#b0509a", "#9a6700", "#2a87b8", "#7a5c2e", "#6e7781"],
        darkInk: "#1f2328", lightInk: "#ffffff"
    )

    /// GitHub's dark colours; the scale runs from a blue near the background to a pale one, so high values stand out.
    static let dark = Theme(
        background: "#0d1117", text: "#e6edf3", muted: "#9198a1", grid: "#3d444d", axis: "#9198a1", missing: "#21262d",
        sequential: ["#10253d", "#143457", "#1a4572", "#22578e", "#2d6aa8", "#3f80c0", "#5d99d3", "#86b5e3", "#b9d5f1"],
        series: ["#58a6ff", "#ff8c42", "#3fcf9f", "#e89bc8", "#f2c14e", "#8fd3ff", "#c9a36a", "#9198a1"],
        darkInk: "#0d1117", lightInk: "#f0f6fc"
    )

    /// The dash pattern of line series `index` ("" for solid), so that lines differ by more than colour.
    static func dash(_ index: Int) -> String {
        ["", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2"][index % 6]
    }

    /// The CSS custom properties of `theme` that pages and files define alike.
    static func scaleVariables(_ theme: Theme) -> [String] {
        (0..<steps).map { "--fig-seq-\($0): \(theme.sequential[$0]);" }
            + (0..<steps).map { "--fig-ink-\($0): \(theme.ink($0));" }
            + theme.series.indices.map { "--fig-s\($0): \(theme.series[$0]);" }
            + ["--fig-missing: \(theme.missing);"]
    }

    /// The custom properties of the figure's frame (background, text, grid) in a file of its own.
    static func frameVariables(_ theme: Theme) -> [String] {
        ["--fig-bg: \(theme.background);", "--fig-text: \(theme.text);", "--fig-muted: \(theme.muted);",
         "--fig-grid: \(theme.grid);", "--fig-axis: \(theme.axis);"]
    }

    /// The rules mapping the figure classes to the custom properties, the same in pages and files.
    static let rules: [String] = {
        var rules = [
            "svg.figure .fig-bg { fill: var(--fig-bg); }",
            "svg.figure text { fill: var(--fig-text); }",
            "svg.figure text.fig-muted { fill: var(--fig-muted); }",
            "svg.figure .fig-grid { stroke: var(--fig-grid); }",
            "svg.figure .fig-axis { stroke: var(--fig-axis); }",
            "svg.figure .fig-na { fill: var(--fig-missing); }",
        ]
        rules += (0..<steps).map { "svg.figure .fig-c\($0) { fill: var(--fig-seq-\($0)); }" }
        rules += (0..<steps).map { "svg.figure text.fig-k\($0) { fill: var(--fig-ink-\($0)); }" }
        rules += light.series.indices.map { "svg.figure .fig-f\($0) { fill: var(--fig-s\($0)); }" }
        rules += light.series.indices.map { "svg.figure .fig-l\($0) { stroke: var(--fig-s\($0)); }" }
        return rules
    }()

    /// The `<style>` text of a figure file: both themes, then the rules.
    static let fileStyle: String = {
        let lightVariables = (frameVariables(light) + scaleVariables(light)).joined(separator: " ")
        let darkVariables = (frameVariables(dark) + scaleVariables(dark)).joined(separator: " ")
        return ":root { \(lightVariables) }\n@media (prefers-color-scheme: dark) { :root { \(darkVariables) } }\n"
            + rules.joined(separator: "\n")
    }()

    /// The rules `style.css` adds for figures, tables of labels and records (appended after its own rules).
    static let pageCSS: String = {
        let frame = "--fig-bg: var(--output-bg); --fig-text: var(--fg); --fig-muted: var(--muted); --fig-grid: var(--border); --fig-axis: var(--muted);"
        var lines = [
            ":root { \(frame)\n  \(scaleVariables(light).joined(separator: " ")) }",
            "@media (prefers-color-scheme: dark) {\n  :root { \(scaleVariables(dark).joined(separator: " ")) }\n}",
            ".output figure.figure { margin: 0.4rem 0; }",
            ".output .figure-scroll { overflow-x: auto; }",
            "svg.figure { display: block; max-width: 100%; height: auto; }",
        ]
        lines += rules
        lines += [
            ".output table.labelled { font-size: 0.9em; }",
            ".output table.labelled th, .output table.labelled td { padding: 0.2rem 0.6rem; }",
            ".output table.labelled thead th { font-weight: 600; text-align: left; }",
            ".output table.labelled thead th.number { text-align: right; }",
            ".output table.labelled tbody th { font-weight: 600; text-align: left; }",
            ".output table.labelled td.number { text-align: right; font-family: ui-monospace, Menlo, Consolas, monospace; font-variant-numeric: tabular-nums; }",
            ".output table.value.strings td { font-family: ui-monospace, Menlo, Consolas, monospace; text-align: center; }",
            ".output dl.record { margin: 0.2rem 0; }",
            ".output dl.record > dt { color: var(--muted); font-size: 0.9em; margin-top: 0.4rem; }",
            ".output dl.record > dd { margin: 0 0 0 1rem; }",
            "@media print {\n  :root { \(scaleVariables(light).joined(separator: " ")) }\n  .output .figure-scroll { overflow: visible; }\n  svg.figure { max-width: 100%; }\n}",
        ]
        return lines.joined(separator: "\n")
    }()

    /// The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21.
    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// The relative luminance of a `#rrggbb` colour.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.utf8.dropFirst())
        guard digits.count == 6 else { return 0 }
        func channel(_ index: Int) -> Double {
            let text = String(decoding: digits[index..<(index + 2)], as: UTF8.self)
            let value = Double(Int(text, radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }
}
