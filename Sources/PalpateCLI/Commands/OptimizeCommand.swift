import Foundation
import Progress
import Scheduling

/// `palpate optimize [--json]`: FSRS-6 parameters fitted to the student's own review log, with
/// how well they and the defaults predict it. It changes nothing: applying them is not built yet.
enum OptimizeCommand: Command {
    static let name = "optimize"
    static let summary = "Fit FSRS's parameters to your own reviews and see if they predict you better"
    static let usage = "palpate optimize [--json]"
    static let discussion = """
        Fits FSRS-6's 21 parameters to every review in your progress store, as 'palpate scheduler optimize' does \
        for a CSV file (see 'palpate help scheduler'), and prints them with the log loss and RMSE(bins) of the \
        default and the fitted parameters on your history (lower is better). It needs at least 100 reviews that \
        came a day or more after the card's previous one.

        Nothing is changed: palpate still schedules with the default parameters. To see what the fitted ones \
        would do, export your history and replay it with 'palpate scheduler replay FILE --parameters …'.
        """
    static let options: [OptionSpec] = [.flag("--json", "Print one JSON object.")]

    static func run(_ arguments: ParsedArguments, _ session: AppSession) throws -> ExitCode {
        guard arguments.positionals.isEmpty else {
            throw UsageError(
                "optimize takes no arguments, got \(quotedInput(arguments.positionals.joined(separator: " ")))",
                hint: "To fit a CSV file: palpate scheduler optimize FILE")
        }
        let store = try session.openStore(forSession: false)
        defer { try? store.close() }
        let reviews: [OptimizerReview]
        do {
            reviews = try Self.reviews(in: store)
        } catch {
            throw CommandFailure(error.description)
        }
        let result = ParameterOptimizer.optimize(reviews)
        if arguments.has("--json") {
            session.context.output.write(SchedulerOptimizeCommand.jsonReport(result).serialized() + "\n")
        } else {
            session.context.output.write(SchedulerOptimizeCommand.textReport(result))
            if case .fitted = result.outcome {
                session.context.output.write(
                    "\nNothing was changed: palpate still schedules with the default parameters.\n")
            }
        }
        return .success
    }

    /// Every review in the store, cards numbered in order of first review.
    static func reviews(in store: ProgressStore) throws(StoreError) -> [OptimizerReview] {
        let cursor = try store.reviewLog(in: Date.distantPast..<Date.distantFuture)
        var cardNumbers: [String: Int] = [:]
        var reviews: [OptimizerReview] = []
        while let entry = try cursor.next() {
            let card = cardNumbers[entry.cardID] ?? cardNumbers.count
            cardNumbers[entry.cardID] = card
            reviews.append(OptimizerReview(card: card, time: Instant(entry.reviewedAt), rating: entry.rating))
        }
        return reviews
    }
}
