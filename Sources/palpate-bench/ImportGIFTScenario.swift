import Foundation

/// `palpate import BANK.gift` on a generated GIFT file, whole process: read, convert, write the
/// deck as JSON and check it with the deck linter before writing (to standard output).
struct ImportGIFTScenario: Scenario {
    var questions = 10_000

    var name: String { "import-gift-\(questions / 1_000)k" }
    var size: String { "\(Format.count(Double(questions))) questions" }
    var target: Target { .under(milliseconds: 1_000) }
    var work: Work { Work(count: Double(questions), unit: "questions/s") }

    func repetitions(quick: Bool) -> Int { quick ? 3 : 5 }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let file = try inputs.once("bank-\(questions).gift") { url in
            try Data(Self.bank(questions: questions).utf8).write(to: url)
        }
        return .palpate(arguments: ["import", file.path, "--deck", "bank"], environment: [:])
    }

    /// Titled and untitled questions of every kind GIFT has, with feedback, HTML and escapes.
    static func bank(questions: Int) -> String {
        var text = "// A generated question bank for palpate-bench.\n$CATEGORY: $course$/top/Bench\n\n"
        for index in 0..<questions {
            let title = index % 3 == 0 ? "" : "::Question \(index)::"
            switch index % 5 {
            case 0:
                text += """
                    \(title)[html]Which muscle refers pain to zone <b>\(index)</b>?{
                      =Muscle \(index)#Right: its classic pattern.
                      ~Muscle \(index + 1)#That one refers elsewhere.
                      ~Muscle \(index + 2)#Not this one either.
                      ####Zone \(index) belongs to muscle \(index).
                    }
                    """
            case 1:
                text +=
                    "\(title)Statement \(index) about ice\\: it limits swelling.{TRUE####Cold narrows vessels.}"
            case 2:
                text +=
                    "\(title)What technique is number \(index)?{=technique \(index) =method \(index) ####Named so.}"
            case 3:
                text += """
                    \(title)Match the muscles of set \(index).{
                      =Muscle a\(index) -> Zone a
                      =Muscle b\(index) -> Zone b
                      =Muscle c\(index) -> Zone c
                      ####Each has its zone.
                    }
                    """
            default:
                text += "\(title)The muscle {=m\(index) ####Its name.} lies under point \(index)."
            }
            text += "\n\n"
        }
        return text
    }
}
