/// Where an action stands.
public enum ActionStatus: String, Sendable, Hashable, CaseIterable {
    /// Not started (the status of every action without progress).
    case planned
    /// Under way.
    case started
    /// Finished.
    case done
    /// Given up.
    case dropped

    /// Whether the status closes an action.
    package var isClosed: Bool { self == .done || self == .dropped }
}

/// The words a progress entry may write after `status:` (and `plan log --status` takes): one English
/// and one Dutch word per status, and `reopened` / `heropend` to open a done or dropped action again.
/// Case is ignored; nothing else is accepted.
public enum StatusWord: String, Sendable, Hashable, CaseIterable {
    /// `planned` / `gepland`: not started yet.
    case planned
    /// `started` / `gestart`: under way.
    case started
    /// `done` / `afgerond`: finished.
    case done
    /// `dropped` / `vervallen`: will not be done.
    case dropped
    /// `reopened` / `heropend`: a done or dropped action open again.
    case reopened

    /// The Dutch word.
    package var dutch: String {
        switch self {
        case .planned: return "gepland"
        case .started: return "gestart"
        case .done: return "afgerond"
        case .dropped: return "vervallen"
        case .reopened: return "heropend"
        }
    }

    /// The status an action has after an entry with this word (`reopened`: started again).
    package var status: ActionStatus {
        switch self {
        case .planned: return .planned
        case .started, .reopened: return .started
        case .done: return .done
        case .dropped: return .dropped
        }
    }

    /// The word of a status.
    package init(status: ActionStatus) {
        switch status {
        case .planned: self = .planned
        case .started: self = .started
        case .done: self = .done
        case .dropped: self = .dropped
        }
    }

    /// Reads a word of the table, English or Dutch, ignoring case; nil for anything else.
    package init?(word: String) {
        let folded = TextFolding.fold(word)
        guard let match = StatusWord.allCases.first(where: { $0.rawValue == folded || $0.dutch == folded }) else { return nil }
        self = match
    }

    /// The table for messages: `planned (gepland), started (gestart), …`.
    package static var accepted: String {
        allCases.map { "\($0.rawValue) (\($0.dutch))" }.joined(separator: ", ")
    }
}
