/// An owner or partner the plan names: an organisation, a group, a role or a person.
public struct Organisation: Sendable, Hashable {
    /// What kind of owner an entry is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One organisation (VAR, RIEC).
        case organisation
        /// A group of organisations ("(Centrum)gemeenten", "ketenpartners").
        case group
        /// A role held by people in many organisations (all aandachtsfunctionarissen).
        case role
        /// One person or post (the portefeuillehouder).
        case person
    }

    /// The short key the plan uses (`VAR`).
    public var key: String
    /// The full name.
    public var name: String
    /// A short display name for tables and lists (`Gemeenten Zuid-Limburg`), when the plan gives one.
    package var short: String?
    /// Other names and spelling variants found in the source.
    package var aliases: [String]
    /// What kind of owner this is.
    public var kind: Kind
    /// Where the entry is written.
    package var location: SourceLocation

    /// Creates an organisation.
    package init(
        key: String, name: String, short: String? = nil, aliases: [String] = [], kind: Kind = .organisation,
        location: SourceLocation
    ) {
        self.key = key
        self.name = name
        self.short = short
        self.aliases = aliases
        self.kind = kind
        self.location = location
    }

    /// The name people read in tables, CSV, Markdown, the calendar and the report: the short name
    /// when the plan gives one, else the key when the key is itself a name (an abbreviation such as
    /// `VAR`, `RIEC`, `CoMensha`), else the full name. A key is a name when it holds no `-` and is
    /// not all lowercase: `zl-gemeenten` and `werkgroep` are slugs, never shown.
    public var displayName: String {
        if let short, !short.isEmpty { return short }
        return Organisation.keyIsName(key) ? key : name
    }

    /// Whether a registry key reads as a name (no `-`, not all lowercase) rather than a slug.
    package static func keyIsName(_ key: String) -> Bool {
        !key.contains("-") && key != key.lowercased()
    }
}
