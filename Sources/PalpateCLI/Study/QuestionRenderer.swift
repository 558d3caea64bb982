import Decks

/// Shows a question as the student answers it, and the feedback afterwards.
///
/// All deck text passes through `TerminalSanitizer`: decks come from anywhere and must not be
/// able to move the cursor, clear the screen or retitle the terminal.
struct QuestionRenderer {
    var width: Int
    var style: TerminalStyle
    /// Draws `region` questions; `nil` where no body model was loaded (they then say so).
    var regions: RegionQuestionView? = nil

    private var wrapper: TextWrapper { TextWrapper(width: width, style: style) }

    private func clean(_ text: String) -> String { TerminalSanitizer.clean(text, keepNewlines: false) }

    /// `presentation` with a region question's numbering (the board's names), which the answer
    /// is parsed by; other questions' as given.
    func numbered(_ presentation: Presentation, for question: Question) -> Presentation {
        regions?.numbered(presentation, for: question) ?? presentation
    }

    /// The question with its labelled parts and a one-line hint of how to answer.
    func question(_ question: Question, presentation: Presentation) -> [String] {
        var lines = wrapper.wrap(clean(question.prompt), apply: style.bold)
        switch question.kind {
        case .multipleChoice(let choices, _, let multiple):
            for (position, index) in presentation.order.enumerated() {
                let label = "  \(Presentation.letter(position))) "
                lines += wrapper.wrap(
                    clean(choices[index].text), indent: indentation(label), firstIndent: label)
            }
            lines.append(style.dim(multiple ? "Choose all that apply, e.g. a,c" : "Answer with a letter"))
        case .trueFalse:
            lines.append(style.dim("True or false? t/f"))
        case .matching(let pairs):
            for (index, pair) in pairs.enumerated() {
                let label = "  \(index + 1). "
                lines += wrapper.wrap(clean(pair.left), indent: indentation(label), firstIndent: label)
            }
            lines.append("")
            for (position, index) in presentation.order.enumerated() {
                let label = "  \(Presentation.letter(position))) "
                lines += wrapper.wrap(
                    clean(pairs[index].right), indent: indentation(label), firstIndent: label)
            }
            let example = (0..<pairs.count).reversed().map(Presentation.letter).joined()
            lines.append(style.dim("Give a letter for each number, in order, e.g. \(example)"))
        case .ordering(let steps):
            for (position, index) in presentation.order.enumerated() {
                let label = "  \(position + 1). "
                lines += wrapper.wrap(clean(steps[index]), indent: indentation(label), firstIndent: label)
            }
            let example = (1...steps.count).reversed().map(String.init).joined(separator: " ")
            lines.append(style.dim("Put the step numbers in the right order, e.g. \(example)"))
        case .shortAnswer:
            lines.append(style.dim("Type your answer"))
        case .cloze(let text, let deletion):
            let blanks = (try? ClozeText(parsing: text))?.answers(for: deletion).count ?? 1
            lines.append(
                style.dim(
                    blanks > 1
                        ? "Type the \(blanks) hidden parts, in order, separated by ;" : "Type the hidden part"
                ))
        case .flashcard:
            lines.append(style.dim("Recall the answer, then press Enter to see the back"))
        case .region(let answer):
            lines += (regions ?? RegionQuestionView(atlas: nil, mapWidth: width, style: style)).question(
                answer)
        }
        return lines
    }

    /// The correct answer in the labels the student saw, with the texts.
    func correctAnswer(_ question: Question, presentation: Presentation) -> [String] {
        switch question.kind {
        case .multipleChoice(let choices, let correct, _):
            return presentation.order.enumerated().filter { correct.contains($0.element) }.flatMap {
                position, index in
                let label = "  \(Presentation.letter(position))) "
                return wrapper.wrap(
                    clean(choices[index].text), indent: indentation(label), firstIndent: label)
            }
        case .trueFalse(let answer):
            return ["  \(answer ? "True" : "False")"]
        case .matching(let pairs):
            let letters = pairs.indices.map { index in
                Presentation.letter(presentation.order.firstIndex(of: index) ?? 0)
            }
            var lines = [
                "  " + letters.enumerated().map { "\($0.offset + 1)\($0.element)" }.joined(separator: " ")
            ]
            for (index, pair) in pairs.enumerated() {
                let label = "  \(index + 1)\(letters[index]) "
                lines += wrapper.wrap(
                    clean("\(pair.left) → \(pair.right)"), indent: indentation(label), firstIndent: label)
            }
            return lines
        case .ordering(let steps):
            let numbers = steps.indices.map { index in (presentation.order.firstIndex(of: index) ?? 0) + 1 }
            var lines = ["  " + numbers.map(String.init).joined(separator: " ")]
            for (index, step) in steps.enumerated() {
                let label = "  \(index + 1). "
                lines += wrapper.wrap(clean(step), indent: indentation(label), firstIndent: label)
            }
            return lines
        case .shortAnswer(let accepted):
            return ["  " + clean(accepted[0])]
        case .flashcard(let back):
            return wrapper.wrap(clean(back), indent: "  ", firstIndent: "  ")
        case .region(let answer):
            let view = regions ?? RegionQuestionView(atlas: nil, mapWidth: width, style: style)
            return wrapper.wrap(view.named(answer.essential, answer: answer), indent: "  ", firstIndent: "  ")
                + (answer.spillover.isEmpty
                    ? []
                    : wrapper.wrap(
                        "Spillover (neither required nor wrong): "
                            + view.named(answer.spillover, answer: answer),
                        indent: "  ", firstIndent: "  ", apply: style.dim))
        case .cloze(let text, _):
            return wrapper.wrap(
                clean(AnswerText.key(of: question) ?? ""), indent: "  ", firstIndent: "  ")
                + wrapper.wrap(
                    clean((try? ClozeText(parsing: text))?.revealed ?? text), indent: "  ", firstIndent: "  ",
                    apply: style.dim)
        }
    }

    /// Right or wrong, what the student picked said about itself (and the misconception it stands
    /// for, from `misconceptions`, the deck's list), the correct answer, the explanation and where
    /// to read more.
    func feedback(
        _ question: Question, presentation: Presentation, response: Response, correct: Bool?,
        misconceptions: [Misconception] = []
    ) -> [String] {
        var lines: [String] = []
        switch correct {
        case true?:
            if case .shortAnswer(let accepted) = question.kind, case .text(let typed) = response,
                let spelling = ShortAnswerMatcher.forgivenSpelling(of: typed, accepted: accepted)
            {
                lines += wrapper.wrap(
                    "✓ Correct — it is spelt “\(clean(spelling))”", apply: style.green)
            } else {
                lines.append(style.green("✓ Correct"))
            }
        case false?: lines.append(style.red("✗ Not quite"))
        case nil: break
        }
        if case .multipleChoice(let choices, _, _) = question.kind, case .choices(let picked) = response {
            for index in picked {
                let position = presentation.order.firstIndex(of: index) ?? 0
                let label = "  \(Presentation.letter(position)): "
                if let feedback = choices[index].feedback {
                    lines += wrapper.wrap(
                        clean(feedback), indent: indentation(label), firstIndent: label, apply: style.italic)
                }
                if let id = choices[index].misconception,
                    let misconception = misconceptions.first(where: { $0.id == id })
                {
                    lines += wrapper.wrap(
                        "Common misconception: \(clean(misconception.text))", indent: indentation(label),
                        firstIndent: indentation(label), apply: style.yellow)
                }
            }
        }
        if case .region(let answer) = question.kind, case .regions(let picked) = response {
            lines += (regions ?? RegionQuestionView(atlas: nil, mapWidth: width, style: style)).feedback(
                answer, picked: picked)
        } else if correct != true {
            lines.append(style.bold(question.type.isSelfGraded ? "Back:" : "Answer:"))
            lines += correctAnswer(question, presentation: presentation)
        }
        return lines + explanation(question)
    }

    /// The explanation, wrapped, and where to read more.
    func explanation(_ question: Question) -> [String] {
        wrapper.wrap(clean(question.explanation))
            + (question.lesson.isUnlinked
                ? []
                : wrapper.wrap(
                    pieces: ["Read", "more:", "palpate read \(question.lesson)"], apply: style.dim))
    }

    private func indentation(_ label: String) -> String { String(repeating: " ", count: label.count) }
}
