import TextFormats

extension ObjectReader {
    /// An optional `area`: the id of a content area of the exam blueprint (a slug). Whether the
    /// blueprint lists it is checked across the course (`BlueprintCoverage`), where the blueprint
    /// is known.
    func area() -> String? {
        guard let member = member("area") else { return nil }
        guard let area = member.value.stringValue, Slug.isValid(area) else {
            sink.report(
                .error, at: member.value.offset,
                "an area must be the id of a blueprint area (\(Slug.rule)), not \(describe(member.value))",
                question: question, field: fieldPath("area"))
            return nil
        }
        return area
    }
}
