import Foundation
import Progress
import Scheduling

/// The student's settings turned into the scheduler, calendar and limits a session uses.
struct StudyPlan {
    var scheduler: FSRSScheduler
    var calendar: StudyCalendar
    var limits: DailyLimits
    var leeches: LeechPolicy

    init(settings: StudentSettings, timeZone: TimeZone) throws {
        do {
            let options = try SchedulerOptions(
                parameters: .default, desiredRetention: settings.desiredRetention,
                learningSteps: settings.learningSteps,
                relearningSteps: settings.relearningSteps, maximumInterval: settings.maximumInterval,
                fuzzEnabled: true)
            scheduler = FSRSScheduler(options: options)
            calendar = try StudyCalendar(timeZone: timeZone, startHour: settings.dayStartsAt)
            leeches = try LeechPolicy()
        } catch {
            throw CommandFailure("your settings cannot be used (\(error)); fix them with 'palpate config'")
        }
        limits = DailyLimits(newCards: settings.newPerDay, reviews: settings.reviewsPerDay)
    }
}
