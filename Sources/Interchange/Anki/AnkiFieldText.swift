import Foundation

/// An Anki field's HTML as the plain text Palpate shows, and the media it names: `[sound:x.mp3]`
/// and `<img src="y.png">` are left out (a terminal plays and shows neither) and reported.
struct AnkiFieldText {
    var text: String
    var media: [String]

    init(_ html: String) {
        var media: [String] = []
        var kept = ""
        var rest = Substring(html)
        while let sound = rest.firstASCII("[sound:") {
            guard let end = rest[sound.upperBound...].firstIndex(of: "]") else { break }
            kept += rest[..<sound.lowerBound]
            media.append(String(rest[sound.upperBound..<end]))
            rest = rest[rest.index(after: end)...]
        }
        kept += rest
        var search = Substring(kept)
        while let image = Self.imageTag(in: search) {
            let tagEnd = search[image.upperBound...].firstIndex(of: ">") ?? search.endIndex
            let tag = search[image.upperBound..<tagEnd]
            if let source = Self.attribute("src", in: tag) { media.append(source) }
            search = search[tagEnd...]
        }
        self.media = media
        text = HTMLText.reduce(kept)
    }

    /// Where the next `<img` starts, in any case.
    private static func imageTag(in text: Substring) -> Range<Substring.Index>? {
        var rest = text
        while let open = rest.firstASCII("<") {
            let name = rest[open.upperBound...].utf8.prefix(3)
            if name.count == 3 && name.elementsEqual("img".utf8, by: { $0 | 0x20 == $1 }) {
                return open.lowerBound..<name.endIndex
            }
            rest = rest[open.upperBound...]
        }
        return nil
    }

    /// The value of `name="…"`, `name='…'` or `name=…` in a tag's text.
    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let found = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var value = tag[found.upperBound...]
        if let quote = value.first, quote == "\"" || quote == "'" {
            value = value.dropFirst()
            return String(value.prefix { $0 != quote })
        }
        return String(value.prefix { !$0.isWhitespace && $0 != "/" })
    }
}
