import Foundation

/// Every scenario, in the order of the table. Add a scenario here.
enum Scenarios {
    static let all: [any Scenario] = [
        CheckDeckScenario(questions: 10_000, limitMilliseconds: 100),
        CheckDeckScenario(questions: 100_000, limitMilliseconds: 1_000),
        HugeValueCheckScenario(),
        ImportGIFTScenario(),
        ImportAnkiScenario(),
        ContentLoadScenario(),
        DashboardScenario(),
        QueueScenario(),
        QueueScenario(examMode: true),
        AnswerScenario(),
        FSRSCoreScenario(),
        ReplayScenario(),
        ReplayScenario(rows: 100_000, comparedWithPyFSRS: true),
        ReplayMemoryScenario(),
        OptimizeScenario(history: .real, limitMilliseconds: 40),
        OptimizeScenario(history: .generated(rows: 100_000), limitMilliseconds: 1_000),
        SimulateScenario(),
        ReportHTMLScenario(),
        ClassReportScenario(),
        LargeClassReportScenario(),
        SoakScenario(),
    ]

    static func named(_ name: String) -> (any Scenario)? { all.first { $0.name == name } }

    /// The environment a whole-process palpate run gets: the benchmark's clock and zone.
    static let palpateEnvironment = ["PALPATE_NOW": "2026-03-02T08:00:00Z", "TZ": "UTC"]
}
