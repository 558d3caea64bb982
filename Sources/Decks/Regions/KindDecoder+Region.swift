import TextFormats

extension KindDecoder {
    /// A `region` question: `views`, `answer` (the essential regions), optional `spillover`,
    /// `side` and `muscle`. Names are checked for form here; that they exist in the body model
    /// (and agree with the muscle's pattern) is checked by `palpate check`, which reads the model.
    func region() -> Question.Kind? {
        guard let views = names("views", "the views the student picks on, e.g. [\"back\"]", minimum: 1),
            let essential = names(
                "answer", "the regions the student must pick, e.g. [\"heel\", \"achilles\"]", minimum: 1)
        else { return nil }
        let spillover: [String]
        if reader.has("spillover") {
            guard let listed = names("spillover", "regions neither required nor wrong", minimum: 0) else {
                return nil
            }
            spillover = listed
        } else {
            spillover = []
        }
        var side = RegionAnswer.defaultSide
        if reader.has("side") {
            guard let given = reader.text("side", "right or left") else { return nil }
            guard RegionAnswer.sides.contains(given) else {
                sink.report(
                    .error, at: reader.member("side")?.value.offset ?? 0,
                    "\(QuotedInput.quote(given)) is not a side; use \"right\" or \"left\" (base region names are taken on it)",
                    question: reader.question, field: "side")
                return nil
            }
            side = given
        }
        let muscle = reader.optionalText("muscle")
        if let muscle, !Slug.isValid(muscle) {
            sink.report(
                .error, at: reader.member("muscle")?.value.offset ?? 0,
                "\(QuotedInput.quote(muscle)) is not a muscle id; use the id 'palpate map' lists, e.g. \"soleus\"",
                question: reader.question, field: "muscle")
            return nil
        }
        let answer = RegionAnswer(
            views: views, side: side, essential: essential, spillover: spillover, muscle: muscle)
        let canonicalEssential = essential.map(answer.canonical)
        if let member = reader.member("spillover"), let nodes = member.value.arrayValue {
            for (index, name) in spillover.enumerated()
            where canonicalEssential.contains(answer.canonical(name)) {
                sink.report(
                    .error, at: nodes[index].offset,
                    "\(QuotedInput.quote(name)) is also in 'answer'; a region is either required (answer) or neither required nor wrong (spillover)",
                    question: reader.question, field: "spillover[\(index)]")
                return nil
            }
        }
        return .region(answer)
    }

    /// A list of region or view names: each a lowercase hyphenated name, none twice.
    private func names(_ key: String, _ what: String, minimum: Int) -> [String]? {
        guard let items = reader.array(key, what, minimum: minimum) else { return nil }
        var names: [String] = []
        for (index, item) in items.enumerated() {
            guard
                let name = ObjectReader.text(
                    item, sink: sink, question: reader.question, field: "\(key)[\(index)]")
            else { return nil }
            guard Slug.isValid(name) else {
                sink.report(
                    .error, at: item.offset,
                    "\(QuotedInput.quote(name)) is not a body-model name; names are lowercase words joined by hyphens, e.g. \"posterior-shoulder\"",
                    question: reader.question, field: "\(key)[\(index)]")
                return nil
            }
            if names.contains(name) {
                sink.report(
                    .error, at: item.offset, "\(QuotedInput.quote(name)) is listed twice",
                    question: reader.question, field: "\(key)[\(index)]")
                return nil
            }
            names.append(name)
        }
        return names
    }
}
