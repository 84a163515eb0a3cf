/// The guide's CSS, written once as `style.css` beside the pages (a relative link works opened from disk).
enum Stylesheet {
    /// The stylesheet's file name in the output folder.
    static let fileName = "style.css"

    /// Light and dark themes through CSS variables and `prefers-color-scheme`.
    static let css = """
    :root { --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --border: #d1d9e0; --code-bg: #f6f8fa;
      --accent: #0969da; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --output-bg: #f8fafc;
      --hl-keyword: #cf222e; --hl-type: #8250df; --hl-number: #0550ae; --hl-string: #0a3069; --hl-comment: #59636e;
      --hl-label: #953800; --hl-operator: #1f2328; }
    @media (prefers-color-scheme: dark) {
      :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --border: #3d444d; --code-bg: #151b23;
        --accent: #4493f8; --ok: #3fb950; --bad: #f85149; --warn: #d29922; --output-bg: #10151c;
        --hl-keyword: #ff7b72; --hl-type: #d2a8ff; --hl-number: #79c0ff; --hl-string: #a5d6ff; --hl-comment: #9198a1;
        --hl-label: #ffa657; --hl-operator: #e6edf3; }
    }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--fg); background: var(--bg);
      font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    header.site { border-bottom: 1px solid var(--border); padding: 0.6rem 1.5rem; }
    header.site a { color: var(--fg); font-weight: 600; text-decoration: none; }
    main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; min-width: 0; }
    .layout { display: flex; gap: 1rem; align-items: flex-start; }
    .layout > main { flex: 1 1 auto; }
    nav.sidebar { flex: 0 0 16rem; position: sticky; top: 0; max-height: 100vh; overflow-y: auto;
      padding: 1rem 0.5rem 2rem 1.2rem; font-size: 0.9rem; border-right: 1px solid var(--border); }
    nav.sidebar ol, nav.sidebar ul { padding-left: 1.2rem; margin: 0.2rem 0; }
    nav.sidebar li { margin: 0.25rem 0; }
    nav.sidebar a { color: var(--fg); text-decoration: none; }
    nav.sidebar a:hover { color: var(--accent); }
    nav.sidebar a.current { color: var(--accent); font-weight: 600; }
    nav.sidebar ul.sections { list-style: none; padding-left: 0.6rem; border-left: 2px solid var(--border); }
    nav.sidebar li.level-3 { padding-left: 0.8rem; }
    @media (max-width: 60rem) {
      .layout { display: block; }
      nav.sidebar { position: static; max-height: none; border-right: none; border-bottom: 1px solid var(--border); }
    }
    a { color: var(--accent); }
    h1, h2, h3 { line-height: 1.25; }
    code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; font-size: 0.875em; }
    :not(pre) > code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
    pre { background: var(--code-bg); padding: 0.8rem 1rem; border-radius: 6px; overflow-x: auto; line-height: 1.45; }
    table { border-collapse: collapse; margin: 0.8rem 0; }
    th, td { border: 1px solid var(--border); padding: 0.25rem 0.6rem; }
    .cell { margin: 1.2rem 0; }
    .cell pre.code { margin-bottom: 0; border-bottom-left-radius: 0; border-bottom-right-radius: 0; }
    .cell pre.code:last-child { border-radius: 6px; }
    .results { border: 1px solid var(--border); background: var(--output-bg); padding: 0.4rem 1rem; border-radius: 6px; }
    .cell pre.code + .results { border-top: none; border-radius: 0 0 6px 6px; }
    .results pre.diagnostic { background: var(--code-bg); }
    .output { margin: 0.4rem 0; }
    .output .expression { color: var(--muted); font-size: 0.9em; }
    .output table.value td { font-family: ui-monospace, Menlo, Consolas, monospace; text-align: right; }
    .output table.value th { color: var(--muted); font-weight: normal; font-size: 0.8em; }
    .value.scalar { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }
    ul.expectations { list-style: none; padding-left: 0; margin: 0.4rem 0; }
    ul.expectations .passed .mark { color: var(--ok); }
    ul.expectations .failed .mark { color: var(--bad); }
    pre.diagnostic { border-left: 4px solid var(--bad); }
    pre.diagnostic.warning { border-left-color: var(--warn); }
    nav.pager { display: flex; justify-content: space-between; gap: 1rem; border-top: 1px solid var(--border);
      margin-top: 2rem; padding-top: 1rem; }
    ol.lessons > li { margin: 0.8rem 0; }
    ol.lessons p { margin: 0.2rem 0; color: var(--muted); }
    .verification.ok { color: var(--ok); }
    .verification.failed { color: var(--bad); }
    .hl-keyword { color: var(--hl-keyword); } .hl-type { color: var(--hl-type); } .hl-number { color: var(--hl-number); }
    .hl-string { color: var(--hl-string); } .hl-comment { color: var(--hl-comment); font-style: italic; }
    .hl-label { color: var(--hl-label); } .hl-operator { color: var(--hl-operator); } .hl-attribute { color: var(--hl-type); }
    .claim, .inline-value { font-variant-numeric: tabular-nums; }
    .claim.verified { text-decoration: underline dotted var(--ok); text-underline-offset: 0.2em; }
    .claim.failed { color: var(--bad); text-decoration: underline wavy var(--bad); }
    .sourced-number { font-variant-numeric: tabular-nums; }
    small.source { color: var(--muted); font-size: 0.8em; }
    small.source cite { font-style: normal; }
    .inline-error { color: var(--bad); font-family: ui-monospace, Menlo, Consolas, monospace; }
    .math.display { display: block; overflow-x: auto; margin: 1rem 0; text-align: center; }
    @media print {
      :root { --fg: #000; --bg: #fff; --muted: #444; --border: #999; --code-bg: #f4f4f4; --output-bg: #fff; }
      header.site, nav.pager, nav.sidebar { display: none; }
      main { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      pre { white-space: pre-wrap; overflow: visible; }
      .cell, table, figure, svg { break-inside: avoid; }
      h1, h2, h3 { break-after: avoid; }
    }
    """ + "\n" + FigurePalette.pageCSS
}
