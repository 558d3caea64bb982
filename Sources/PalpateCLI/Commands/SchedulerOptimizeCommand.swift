import Foundation
import Scheduling
import TextFormats

/// `palpate scheduler optimize FILE [--json]`: FSRS-6 weights fitted to a review history, with
/// how well they and the defaults predict it.
enum SchedulerOptimizeCommand {
    static let usage = "palpate scheduler optimize FILE [--json]"

    static func run(file: String, json: Bool, bytes: [UInt8], session: AppSession) throws -> ExitCode {
        let result: OptimizationResult
        do {
            result = try ParameterOptimizer.optimize(csv: bytes, fileName: file == "-" ? "<stdin>" : file)
        } catch {
            throw CommandFailure(error.description)
        }
        session.context.output.write(json ? jsonReport(result).serialized() + "\n" : textReport(result))
        return .success
    }

    static func textReport(_ result: OptimizationResult) -> String {
        var lines = [
            "\(plural(result.reviews, "review")) of \(plural(result.cards, "card")); \(result.items) of them predictable "
                + "(a review a day or more after the card's previous one)."
        ]
        switch result.outcome {
        case .tooLittleHistory(let needed):
            lines.append(
                "Too little history to fit parameters: at least \(ParameterOptimizer.minimumItems) predictable "
                    + "reviews are needed, \(needed) more. Nothing was changed; the defaults stay.")
            return lines.joined(separator: "\n") + "\n"
        case .keptDefaults(let reason):
            lines.append("The defaults stay: \(reason).")
        case .fitted(let parameters):
            lines += ["", "Fitted parameters (for --parameters):", parameters.description]
        }
        lines.append("")
        lines.append("                     log loss   RMSE(bins)")
        if let defaults = result.defaults { lines.append(row("default parameters", defaults)) }
        if let current = result.current { lines.append(row("parameters in use", current)) }
        if let fitted = result.fitted { lines.append(row("fitted parameters", fitted)) }
        if let verdict = verdict(result) {
            lines += ["", verdict]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One plain sentence comparing the fit with the defaults (and with the parameters in use,
    /// when they are an earlier fit) and saying which to keep, or nil when nothing was fitted.
    static func verdict(_ result: OptimizationResult) -> String? {
        guard let defaults = result.defaults, let fitted = result.fitted else { return nil }
        let change = "\(decimal(defaults.logLoss, 3)) → \(decimal(fitted.logLoss, 3))"
        guard let current = result.current else {
            if fitted.logLoss < defaults.logLoss {
                return "These parameters predict your recall better than the defaults: \(change)."
            }
            return
                "These parameters predict your recall no better than the defaults (\(change)); keep the defaults."
        }
        let fromCurrent = "\(decimal(current.logLoss, 3)) → \(decimal(fitted.logLoss, 3))"
        switch (fitted.logLoss < defaults.logLoss, fitted.logLoss < current.logLoss) {
        case (true, true):
            return "These parameters predict your recall better than the defaults (\(change)) and better "
                + "than the parameters in use (\(fromCurrent))."
        case (true, false):
            return "These parameters predict your recall better than the defaults (\(change)) but no better "
                + "than the parameters in use (\(fromCurrent)); keep the parameters in use."
        case (false, _) where current.logLoss < defaults.logLoss:
            return "These parameters predict your recall no better than the defaults (\(change)); keep the "
                + "parameters in use, which do (\(decimal(defaults.logLoss, 3)) → "
                + "\(decimal(current.logLoss, 3)))."
        case (false, _):
            return "Neither these parameters (\(decimal(fitted.logLoss, 3))) nor the parameters in use "
                + "(\(decimal(current.logLoss, 3))) predict your recall better than the defaults "
                + "(\(decimal(defaults.logLoss, 3))); 'palpate config parameters default' goes back to them."
        }
    }

    static func jsonReport(_ result: OptimizationResult) -> JSONValue {
        func metrics(_ value: PredictionMetrics?) -> JSONValue {
            guard let value else { return .null }
            return .object([("log_loss", .double(value.logLoss)), ("rmse_bins", .double(value.rmseBins))])
        }
        var members: [(String, JSONValue)] = []
        switch result.outcome {
        case .fitted(let parameters):
            members += [
                ("outcome", .string("fitted")),
                ("parameters", .array(parameters.weights.map { .double($0) })),
            ]
        case .tooLittleHistory(let needed):
            members += [
                ("outcome", .string("too_little_history")), ("needed", .int(needed)),
                ("parameters", .array(FSRSParameters.default.weights.map { .double($0) })),
            ]
        case .keptDefaults(let reason):
            members += [
                ("outcome", .string("kept_defaults")), ("reason", .string(reason)),
                ("parameters", .array(FSRSParameters.default.weights.map { .double($0) })),
            ]
        }
        members += [
            ("default", metrics(result.defaults)), ("fitted", metrics(result.fitted)),
            ("in_use", metrics(result.current)),
            ("reviews", .int(result.reviews)),
            ("cards", .int(result.cards)), ("items", .int(result.items)),
            ("verdict", .optional(verdict(result))),
        ]
        return .object(members)
    }

    private static func row(_ label: String, _ metrics: PredictionMetrics) -> String {
        label.padding(toLength: 21, withPad: " ", startingAt: 0) + decimal(metrics.logLoss, 4) + "     "
            + decimal(metrics.rmseBins, 4)
    }

    private static func decimal(_ value: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", value)
    }
}
