/// The HTML shell shared by every page: head, site header and main column.
enum PageLayout {
    /// A complete page around `body`, titled `title`.
    static func page(title: String, guideTitle: String, sidebar: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="stylesheet" href="\(Stylesheet.fileName)">
        \(KaTeXAssets.headHTML)
        </head>
        <body>
        <header class="site"><a href="index.html">\(HTML.escape(guideTitle))</a></header>
        <div class="layout">
        \(sidebar)
        <main>
        \(body)
        </main>
        </div>
        </body>
        </html>

        """
    }
}
