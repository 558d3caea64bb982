/// The frame of every HTML report: doctype, head with the inline style sheet, body.
///
/// The page is one file with nothing fetched from anywhere (no scripts, fonts or images), is
/// well-formed XML (so it parses as XHTML), and prints with short sections sharing a page, headings
/// kept with what follows them, charts and rows never split, and the long tables on pages of their own.
public enum HTMLPage {
    public static func begin(title: String, into html: inout HTMLBuilder) {
        html.trusted("<!DOCTYPE html>\n")
        html.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"])
        html.open("head")
        html.empty("meta", ["charset": "utf-8"])
        html.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        html.element("title", text: title)
        html.open("style")
        html.trusted(styleSheet)
        html.close()
        html.close()
        html.newline()
        html.open("body")
    }

    public static func end(into html: inout HTMLBuilder) {
        html.closeAll()
        html.newline()
    }

    /// Opens a `<section>` with its heading; close it with `html.close()`.
    public static func section(_ id: String, heading: String, into html: inout HTMLBuilder) {
        html.newline()
        html.open("section", ["id": id])
        html.element("h2", text: heading)
    }

    /// Greys and one accent, so charts stay readable printed in black and white. No `<` or `&`
    /// may appear here: the page must stay well-formed XML.
    private static let styleSheet: StaticString = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 2em auto;
          max-width: 60em; padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
        .meta { color: #555; margin-top: 0; }
        .figures { display: flex; flex-wrap: wrap; gap: 0.6em; padding: 0; }
        .figures div { border: 1px solid #ccc; border-radius: 6px; padding: 0.5em 0.8em; min-width: 8em;
          max-width: 12em; }
        .figures dt { font-size: 0.8em; color: #555; }
        .figures dd { margin: 0; font-size: 1.3em; font-weight: 600; }
        table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; width: 100%; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
        td { overflow-wrap: break-word; }
        td.id, span.id, table.log td { overflow-wrap: anywhere; }
        th { background: #f3f3f3; font-weight: 600; }
        th.wide { min-width: 14em; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.number, td.when { white-space: nowrap; overflow-wrap: normal; }
        td.few, .figures div.few dd { color: #999; }
        .figures dd.why { font-size: 0.72em; font-weight: normal; color: #777; }
        td.id, span.id { color: #666; font-size: 0.85em; }
        span.id { display: block; margin-top: 0.15em; }
        td.right { color: #1d6b34; }
        ul.weak { margin: 0; padding-left: 1.1em; }
        ul.weak li { margin-bottom: 0.35em; }
        ul.weak .read, td .read { display: block; color: #666; font-size: 0.85em; }
        .matrix td.number { min-width: 3.5em; }
        .note { color: #555; font-size: 0.9em; }
        .risk { color: #a12; font-weight: 600; }
        svg { display: block; margin: 0.6em 0; max-width: 100%; height: auto; }
        svg text { font: 11px system-ui, sans-serif; fill: #333; }
        svg .axis { fill: #666; }
        svg .middle { text-anchor: middle; }
        svg .end { text-anchor: end; }
        svg .start { text-anchor: start; }
        svg .value { text-anchor: middle; }
        svg .bar { fill: #3b6ea5; }
        svg .bar.weak { fill: #c0504d; }
        svg .track { fill: #eee; }
        svg .grid { stroke: #ddd; }
        svg .pass { stroke: #c0504d; stroke-dasharray: 4 3; }
        svg .trend { fill: none; stroke: #3b6ea5; stroke-width: 2; }
        svg .point { fill: #3b6ea5; }
        .heat0 { fill: #eee; } .heat1 { fill: #c6d9ec; } .heat2 { fill: #8db3d9; } .heat3 { fill: #4f86bf; }
        .heat4 { fill: #1f4e85; }
        figure.referral-map { margin: 1em 0 1.4em; }
        figure.referral-map figcaption { font-size: 0.9em; color: #444; }
        svg.body-map .skin { fill: #e4e4e4; }
        svg.body-map .contour { fill: #e4e4e4; stroke: #777; stroke-width: 2; vector-effect: non-scaling-stroke; }
        svg.body-map .essential { fill: #c0392b; }
        svg.body-map .spill-ground { fill: #f7d9d5; }
        svg.body-map .spill-dot { fill: #c0392b; }
        svg.body-map .trigger { stroke: #111; stroke-linecap: round; }
        blockquote { border-left: 3px solid #ccc; margin: 1em 0; padding: 0 1em; color: #444; }
        code { font-size: 0.92em; background: #f3f3f3; padding: 0 0.2em; }
        @media print {
          body { margin: 0; max-width: none; font-size: 11pt; }
          section#log, section#items { break-before: page; }
          h2 { break-after: avoid; }
          tr, svg, .figures div { break-inside: avoid; }
          thead { display: table-header-group; }
        }

        """
}
