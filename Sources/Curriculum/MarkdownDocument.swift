/// A lesson body as blocks: the small Markdown subset lessons are written in.
///
/// Kept as plain data so the terminal, HTML exports and tests can each render it their own way.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [MarkdownBlock]

    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// The headings that can be linked to, in order.
    public var sections: [Section] {
        blocks.enumerated().compactMap { index, block in
            guard case .heading(let level, let title, let anchor, let line) = block else { return nil }
            return Section(anchor: anchor, title: title, level: level, line: line, blockIndex: index)
        }
    }

    /// The section's heading and everything under it, up to the next heading of the same or a
    /// higher level; `nil` when no section has that anchor.
    public func blocks(ofSection anchor: String) -> [MarkdownBlock]? {
        guard let section = sections.first(where: { $0.anchor == anchor }) else { return nil }
        var end = section.blockIndex + 1
        while end < blocks.count {
            if case .heading(let level, _, _, _) = blocks[end], level <= section.level { break }
            end += 1
        }
        return Array(blocks[section.blockIndex..<end])
    }

    /// A linkable heading.
    public struct Section: Sendable, Equatable {
        public var anchor: String
        public var title: String
        public var level: Int
        /// 1-based line of the heading in the lesson file.
        public var line: Int
        public var blockIndex: Int
    }
}

/// One block of a lesson. Inline text keeps its `**bold**`, `*italic*` and `` `code` `` markers;
/// `InlineMarkdown` splits them when rendering.
public enum MarkdownBlock: Sendable, Equatable {
    case heading(level: Int, text: String, anchor: String, line: Int)
    case paragraph(String)
    case list(ordered: Bool, items: [ListItem])
    case quote([String])
    case code(String)

    public struct ListItem: Sendable, Equatable {
        /// 0 for a top-level item, 1 for an item nested under it.
        public var depth: Int
        public var text: String

        public init(depth: Int, text: String) {
            self.depth = depth
            self.text = text
        }
    }
}
