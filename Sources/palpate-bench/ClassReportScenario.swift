import Foundation

/// `palpate class-report --format html` over a class's JSON reports, whole process.
///
/// Exempt from the memory target: an instructor's machine merging a whole class is not the
/// student's laptop the 100 MB budget protects.
struct ClassReportScenario: Scenario {
    var students = 200
    var reviewsEach = 2_000

    var name: String { "class-report" }
    var size: String {
        "\(Format.count(Double(students))) reports × \(Format.count(Double(reviewsEach))) reviews"
    }
    var target: Target { .under(milliseconds: 2_000) }
    var work: Work { Work(count: Double(students), unit: "reports/s") }
    var countsForPeakMemory: Bool { false }

    func prepare(_ inputs: Inputs) throws -> Runner {
        let reports = try inputs.classReports(students: students, reviewsEach: reviewsEach)
        return .palpate(
            arguments: ["class-report"] + reports.map(\.path) + ["--format", "html"],
            environment: Scenarios.palpateEnvironment)
    }
}
