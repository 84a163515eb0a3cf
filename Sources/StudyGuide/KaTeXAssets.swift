/// KaTeX from Debian's `libjs-katex`, copied into `output/assets/katex/` by `build` so pages render math offline.
///
/// Pages always link these files, so they are the same bytes whether or not KaTeX was found; without it
/// the math stays readable TeX source. `assets/` is git-ignored and not compared by `check`.
public enum KaTeXAssets {
    /// Where Debian installs KaTeX.
    public static let installedFolder = "/usr/share/javascript/katex"

    /// Where the files go, relative to the output folder.
    static let destination = OutputFolder.assets + "/katex"

    /// The files pages load: the library, its stylesheet, the auto-render extension.
    static let scripts = ["katex.min.js", "contrib/auto-render.js"]

    /// The stylesheet pages load.
    static let stylesheet = "katex.min.css"

    /// The files to copy (relative to `installedFolder`) when KaTeX is installed; empty otherwise.
    static func filesToCopy(from folder: String = installedFolder) -> [String] {
        guard FileSystem.kind(of: folder + "/katex.min.js").exists else { return [] }
        let fonts = FileSystem.files(below: folder + "/fonts").map { "fonts/" + $0 }
        return ([stylesheet] + scripts + fonts).filter { FileSystem.kind(of: folder + "/" + $0).exists }
    }

    /// The `<head>` lines that load KaTeX and render every `.math` element with `\(…\)` and `\[…\]` delimiters.
    static let headHTML = """
        <link rel="stylesheet" href="\(destination)/\(stylesheet)">
        <script defer src="\(destination)/katex.min.js"></script>
        <script defer src="\(destination)/contrib/auto-render.js"></script>
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          if (typeof renderMathInElement !== "function") return;
          document.querySelectorAll(".math").forEach(function (element) {
            renderMathInElement(element, {
              delimiters: [{left: "\\\\[", right: "\\\\]", display: true}, {left: "\\\\(", right: "\\\\)", display: false}],
              throwOnError: false
            });
          });
        });
        </script>
        """
}
