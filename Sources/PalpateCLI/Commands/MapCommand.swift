import BodyMaps
import TextFormats

/// `palpate map [MUSCLE]`: where a muscle's trigger points send their pain, drawn on the body.
enum MapCommand: Command {
    static let name = "map"
    static let summary = "Draw a muscle's referral map (trigger points and pain zones)"
    static let usage = "palpate map [MUSCLE]"
    static let discussion = """
        Draws where a muscle's trigger points (×) send their pain: the essential zone, felt by nearly \
        everyone with an active trigger point there, in a strong colour, and the spillover zone, felt by \
        some, in a light one. Without colour (piped, NO_COLOR, TERM=dumb) the zones are filled with # \
        and + and a legend says which is which.

        With no MUSCLE, lists the muscles that have a map. Names may be written with spaces or hyphens \
        (palpate map "upper trapezius"). The map fits the terminal's width; a terminal narrower than \
        20 columns is told how wide it needs to be. The section that teaches the muscle shows the same \
        map: palpate read referral-patterns#soleus.
        """
    static let options: [OptionSpec] = []

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        if arguments.positionals.count > 1 {
            throw UsageError(
                "'map' takes one muscle, got \(arguments.positionals.count)",
                hint: "Quote a name with spaces: palpate map \"upper trapezius\"")
        }
        let atlas = try session.referralAtlas()
        guard let name = arguments.positionals.first else {
            listMuscles(atlas, session: session)
            return .success
        }
        guard let pattern = atlas.pattern(muscle: name) else {
            let near = atlas.suggestions(for: name)
            let hint =
                near.isEmpty
                ? "run 'palpate map' to list the muscles" : "did you mean: \(near.joined(separator: ", "))?"
            throw CommandFailure("no referral map for \(QuotedInput.quote(name)); \(hint)")
        }
        session.print(lines: try lines(for: pattern, atlas: atlas, session: session))
        session.print()
        let read = "palpate read \(pattern.lesson)"
        let line = "Read about it: \(read)"
        session.print(lines: line.count <= session.mapWidth ? [line] : ["Read about it:", read])
        return .success
    }

    /// The map of `pattern`, for this terminal; also used by `read`.
    static func lines(for pattern: ReferralPattern, atlas: ReferralAtlas, session: AppSession) throws
        -> [String]
    {
        do {
            let drawing = try ReferralMapDrawing.make(
                pattern: pattern, model: atlas.model, width: session.mapWidth)
            return ReferralMapRenderer(style: session.style).lines(drawing)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    private static func listMuscles(_ atlas: ReferralAtlas, session: AppSession) {
        let rows = atlas.patterns.map {
            [$0.muscle, TerminalSanitizer.clean($0.title, keepNewlines: false), $0.lesson.description]
        }
        let table = TextTable(header: ["MUSCLE", "NAME", "LESSON"], rows: rows, rightAligned: [])
        for line in table.lines(style: session.style) { session.print(line) }
        session.print()
        session.print("Draw one with: palpate map \(atlas.patterns.first?.muscle ?? "soleus")")
    }
}
