import Curriculum

/// Makes the questions of a deck share one copy of each lesson link and tag list they repeat.
///
/// A deck of thousands of questions links to a few dozen lessons and uses a few tag lists, but
/// each question read from a file holds its own copies of those strings: 50,000 questions carried
/// some 9 MB of them. Passing each kept question through `share` swaps its copies for the first
/// equal ones seen.
public struct SharedValues: Sendable {
    private var links: Set<LessonLink> = []
    private var tagLists: Set<[String]> = []

    public init() {}

    public mutating func share(_ question: Question) -> Question {
        var question = question
        question.lesson = links.insert(question.lesson).memberAfterInsert
        question.tags = tagLists.insert(question.tags).memberAfterInsert
        return question
    }
}
