/// A week of a simulation, as `palpate simulate` prints it.
public struct SimulationWeek: Sendable, Equatable {
    /// 1 for the first week.
    public let number: Int
    /// Days in the week: 7, fewer for the last one when the horizon ends mid-week.
    public let days: Int
    public let answersPerDay: Double
    public let reviewsPerDay: Double
    public let newCardsPerDay: Double
    public let minutesPerDay: Double
    /// Memorised cards at the end of the week's last day, when that day's figure was worked out.
    public let memorised: Double?

    /// The simulation's days seven at a time.
    public static func weeks(of result: SimulationResult) -> [SimulationWeek] {
        stride(from: 0, to: result.days.count, by: 7).map { start in
            let days = result.days[start..<min(start + 7, result.days.count)]
            let count = Double(days.count)
            func mean(_ value: (SimulatedDay) -> Double) -> Double {
                days.reduce(0) { $0 + value($1) } / count
            }
            return SimulationWeek(
                number: start / 7 + 1, days: days.count, answersPerDay: mean { Double($0.answers) },
                reviewsPerDay: mean { Double($0.reviews) }, newCardsPerDay: mean { Double($0.newCards) },
                minutesPerDay: mean(\.minutes), memorised: days.last?.memorised)
        }
    }

    /// The days whose memorised figure the weeks show: each week's last day.
    public static func isWeekEnd(_ day: Int, of days: Int) -> Bool { day % 7 == 6 || day == days - 1 }
}
