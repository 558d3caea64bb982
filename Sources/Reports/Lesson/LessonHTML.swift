import BodyMaps
import Curriculum

/// A lesson as one HTML page (`palpate read LESSON --format html`), in the reports' house style,
/// with each muscle section's referral map drawn under its text when the course has maps.
public enum LessonHTML {
    public static func encode(_ lesson: Lesson, blocks: [MarkdownBlock]? = nil, atlas: ReferralAtlas?)
        -> String
    {
        var html = HTMLBuilder()
        HTMLPage.begin(title: lesson.title, into: &html)
        html.newline()
        html.open("header")
        html.element("h1", text: lesson.title)
        let facts =
            (lesson.topic == lesson.title ? [] : [lesson.topic]) + ["about \(lesson.minutes) min", lesson.id]
        html.element("p", ["class": "meta"], text: facts.joined(separator: " · "))
        html.close()
        var pendingMaps: [ReferralPattern] = []
        func flushMaps() {
            for pattern in pendingMaps {
                if let atlas { ReferralMapSVG.figure(pattern, model: atlas.model, into: &html) }
            }
            pendingMaps = []
        }
        for block in blocks ?? lesson.document.blocks {
            html.newline()
            switch block {
            case .heading(let level, let text, let anchor, _):
                flushMaps()
                let tag = "h\(min(6, level))"
                html.open(tag, ["id": anchor])
                inline(text, into: &html)
                html.close()
                pendingMaps = atlas?.patterns(for: LessonLink(lessonID: lesson.id, anchor: anchor)) ?? []
            case .paragraph(let text):
                html.open("p")
                inline(text, into: &html)
                html.close()
            case .list(let ordered, let items):
                list(items, ordered: ordered, into: &html)
            case .quote(let lines):
                html.open("blockquote")
                for line in lines {
                    html.open("p")
                    inline(line, into: &html)
                    html.close()
                }
                html.close()
            case .code(let text):
                html.element("pre", text: text)
            }
        }
        flushMaps()
        HTMLPage.end(into: &html)
        return html.output
    }

    /// Items at depth 1 nest inside the item before them.
    private static func list(_ items: [MarkdownBlock.ListItem], ordered: Bool, into html: inout HTMLBuilder) {
        let tag = ordered ? "ol" : "ul"
        html.open(tag)
        var index = 0
        while index < items.count {
            html.open("li")
            inline(items[index].text, into: &html)
            var next = index + 1
            var nested: [MarkdownBlock.ListItem] = []
            while next < items.count, items[next].depth > 0 {
                nested.append(MarkdownBlock.ListItem(depth: items[next].depth - 1, text: items[next].text))
                next += 1
            }
            if !nested.isEmpty { list(nested, ordered: false, into: &html) }
            html.close()
            index = next
        }
        html.close()
    }

    private static func inline(_ text: String, into html: inout HTMLBuilder) {
        for run in InlineMarkdown.runs(in: text) {
            switch run.style {
            case .plain: html.text(run.text)
            case .bold: html.element("strong", text: run.text)
            case .italic: html.element("em", text: run.text)
            case .code: html.element("code", text: run.text)
            }
        }
    }
}
