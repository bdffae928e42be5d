/// The stable code of a kind of problem (`AP201`), shown with every diagnostic and in JSON, so a
/// message can be looked up (docs/diagnostics.md) and scripts can match problems without parsing
/// words. Codes are never reused; a code names a kind of problem, not one message.
public struct DiagnosticCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The number: the hundreds give the area (1 reading, 2 structure, 3 planning, 4 owners,
    /// 5 money, 6 plan rules, 7 progress, 8 local plans).
    public let number: Int
    /// What kind of problem it is, for the list of codes.
    package let summary: String

    init(_ number: Int, _ summary: String) {
        self.number = number
        self.summary = summary
    }

    /// `AP201`.
    public var description: String { "AP\(number)" }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.number < rhs.number }
    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.number == rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }
}

extension DiagnosticCode {
    // AP1xx: reading the file.
    package static let fileUnreadable = DiagnosticCode(101, "the file cannot be read: missing, a folder, not a regular file, or too large")
    package static let notUTF8 = DiagnosticCode(102, "the file is not UTF-8 text")
    package static let controlCharacter = DiagnosticCode(103, "the file holds a control character")
    package static let yamlSyntax = DiagnosticCode(104, "the YAML cannot be parsed")
    package static let anchorsAndAliases = DiagnosticCode(105, "YAML anchors and aliases are not allowed")
    package static let tags = DiagnosticCode(106, "YAML tags are not allowed")
    package static let duplicateKey = DiagnosticCode(107, "a key appears twice in one mapping")
    package static let emptyFile = DiagnosticCode(108, "the file is empty or holds only comments")
    package static let tooDeep = DiagnosticCode(109, "the file nests too deep or is too large to parse")
    static let tooManyProblems = DiagnosticCode(110, "more problems than are reported per file")
    package static let invisibleLineBreak = DiagnosticCode(111, "a line break editors do not show: U+2028, U+2029 or U+0085")
    package static let fileNameNotUTF8 = DiagnosticCode(112, "a file whose name is not UTF-8")

    // AP2xx: the structure of the file.
    package static let unknownKey = DiagnosticCode(201, "a key the format does not have")
    package static let missingKey = DiagnosticCode(202, "a required key is missing")
    package static let wrongType = DiagnosticCode(203, "a value of the wrong kind: a list, mapping or text where another is expected")
    package static let emptyValue = DiagnosticCode(204, "a value that may not be empty is empty")
    package static let notAYear = DiagnosticCode(205, "not a year")
    package static let notADate = DiagnosticCode(206, "not a date, or a date that does not exist")
    package static let notABoolean = DiagnosticCode(207, "not true or false")
    package static let badPlanID = DiagnosticCode(208, "the plan's id has characters it may not have")
    package static let badPeriod = DiagnosticCode(209, "the plan's period is not two years, first year first")
    package static let unknownLanguage = DiagnosticCode(210, "a language other than nl or en")
    package static let yearTwice = DiagnosticCode(211, "a year named twice")
    package static let badOrganisationKey = DiagnosticCode(212, "an organisation's key is not a word")
    package static let unknownOrganisationKind = DiagnosticCode(213, "an organisation kind the format does not have")
    package static let placeholder = DiagnosticCode(214, "a TODO placeholder of plan init still in the file")
    package static let periodTooLong = DiagnosticCode(215, "a plan period longer than a plan runs (docs/limits.md)")

    // AP3xx: planning.
    package static let noPlanning = DiagnosticCode(301, "no planning given")
    static let unknownPlanning = DiagnosticCode(302, "a planning phrase that is not understood or is ambiguous")
    package static let missingPlanning = DiagnosticCode(303, "an action without planning")
    package static let badExplicitPlanning = DiagnosticCode(304, "an explicit planning that is incomplete or contradicts itself")
    package static let planningOutsidePeriod = DiagnosticCode(305, "a planning outside the plan period")
    static let planningNeedsAdoption = DiagnosticCode(306, "a planning counted from adoption in a plan without an adoption date")

    // AP4xx: owners and the registry.
    package static let unknownOwner = DiagnosticCode(401, "an owner the registry does not name")
    package static let noOwners = DiagnosticCode(402, "an action without owners")
    package static let ownerTwice = DiagnosticCode(403, "an owner named twice for one action")
    package static let twoLeads = DiagnosticCode(404, "two owners marked as lead")
    package static let badOwner = DiagnosticCode(405, "an owner that is neither a name nor {org, role}")
    package static let registryClash = DiagnosticCode(406, "an organisation defined twice, or two organisations with one name")

    // AP5xx: money and budgets.
    package static let badAmount = DiagnosticCode(501, "not an amount: malformed, negative, too precise or too large")
    package static let badBudget = DiagnosticCode(502, "a budget in none or several of its forms")
    package static let budgetYearOutsidePeriod = DiagnosticCode(503, "a budget year outside the plan period")
    package static let declaredTotalDiffers = DiagnosticCode(504, "a declared total that differs from the budgets")
    package static let declaredTotalMissing = DiagnosticCode(505, "a year with budgets but no declared total")
    package static let moneyOverflow = DiagnosticCode(506, "amounts that add up to more than the tool can count")

    // AP6xx: rules over the whole plan.
    package static let duplicateID = DiagnosticCode(601, "an id used twice: theme, activity or action")
    package static let nothingInside = DiagnosticCode(602, "a theme or activity without actions")
    package static let milestoneUnknownAction = DiagnosticCode(603, "a milestone tied to an action it cannot be tied to")
    package static let planIDTwice = DiagnosticCode(604, "two plan files with one plan id, read together")

    // AP7xx: progress files.
    package static let progressNotAList = DiagnosticCode(701, "a progress file that is not a list of entries")
    package static let progressUnknownAction = DiagnosticCode(702, "an entry for an action the plan does not have")
    package static let progressDateOutsidePeriod = DiagnosticCode(703, "an entry or budget year outside the plan period")
    package static let progressDateAfterToday = DiagnosticCode(704, "an entry dated after today")
    package static let occurrenceNotRecurring = DiagnosticCode(705, "an occurrence of an action that does not recur")
    package static let unknownStatus = DiagnosticCode(706, "a status word not in the table")
    package static let statusAfterClosed = DiagnosticCode(707, "a status after done or dropped without reopening")
    package static let reopenNotClosed = DiagnosticCode(708, "reopening an action that is not done or dropped")
    package static let entryRepeated = DiagnosticCode(709, "an entry that repeats an earlier one, or a second occurrence on one day")
    package static let entryEmpty = DiagnosticCode(710, "an entry that records nothing, or a year without an amount")
    package static let badReplan = DiagnosticCode(711, "a revised planning that cannot be a new due date for the action")
    package static let recordedBeforeDate = DiagnosticCode(712, "an entry recorded before the day it happened")

    // AP8xx: local plans.
    package static let baseMissing = DiagnosticCode(801, "the regional plan cannot be found or read")
    package static let baseHasErrors = DiagnosticCode(802, "the regional plan has errors")
    package static let extendsCircle = DiagnosticCode(803, "plans that extend each other in a circle")
    package static let baseChanged = DiagnosticCode(804, "the regional plan changed since the local plan was derived")
    package static let regionalIDClash = DiagnosticCode(805, "a local action with a regional action's id")
    package static let unknownRegionalReference = DiagnosticCode(806, "a theme, action or owner the regional plan does not have")
    package static let overrideNotAllowed = DiagnosticCode(807, "an override of what cannot change locally, or of an action not adopted")
    package static let invalidatedChoice = DiagnosticCode(808, "a local choice that a change of the regional plan invalidates")
    package static let extendsTooDeep = DiagnosticCode(809, "a chain of plans extending plans that is longer than allowed (docs/limits.md)")
    package static let snapshotNotPlainName = DiagnosticCode(810, "a snapshot that is not a file name in the local plan's folder")

    /// Every code, in order: the list in docs/diagnostics.md.
    package static let all: [DiagnosticCode] = [
        fileUnreadable, notUTF8, controlCharacter, yamlSyntax, anchorsAndAliases, tags, duplicateKey, emptyFile, tooDeep,
        tooManyProblems, invisibleLineBreak, fileNameNotUTF8,
        unknownKey, missingKey, wrongType, emptyValue, notAYear, notADate, notABoolean, badPlanID, badPeriod, unknownLanguage,
        yearTwice, badOrganisationKey, unknownOrganisationKind, placeholder, periodTooLong,
        noPlanning, unknownPlanning, missingPlanning, badExplicitPlanning, planningOutsidePeriod, planningNeedsAdoption,
        unknownOwner, noOwners, ownerTwice, twoLeads, badOwner, registryClash,
        badAmount, badBudget, budgetYearOutsidePeriod, declaredTotalDiffers, declaredTotalMissing, moneyOverflow,
        duplicateID, nothingInside, milestoneUnknownAction, planIDTwice,
        progressNotAList, progressUnknownAction, progressDateOutsidePeriod, progressDateAfterToday, occurrenceNotRecurring,
        unknownStatus, statusAfterClosed, reopenNotClosed, entryRepeated, entryEmpty, badReplan, recordedBeforeDate,
        baseMissing, baseHasErrors, extendsCircle, baseChanged, regionalIDClash, unknownRegionalReference, overrideNotAllowed,
        invalidatedChoice, extendsTooDeep, snapshotNotPlainName,
    ]
}
