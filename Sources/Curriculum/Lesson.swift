import TextFormats

/// One lesson of the curriculum: its header and its body.
public struct Lesson: Sendable, Equatable {
    public var id: String
    public var title: String
    public var topic: String
    /// Position in the curriculum; lessons are read (and new cards introduced) in this order.
    public var order: Int
    public var minutes: Int
    /// The file it was read from, as the user named it.
    public var file: String
    public var document: MarkdownDocument
    /// Where the `id` value is written in the file, so a clash with another lesson points there;
    /// `nil` for a lesson not read from a file.
    public var idPosition: SourcePosition?

    public init(
        id: String, title: String, topic: String, order: Int, minutes: Int, file: String,
        document: MarkdownDocument, idPosition: SourcePosition? = nil
    ) {
        self.id = id
        self.title = title
        self.topic = topic
        self.order = order
        self.minutes = minutes
        self.file = file
        self.document = document
        self.idPosition = idPosition
    }

    public var anchors: [String] { document.sections.map(\.anchor) }
}
