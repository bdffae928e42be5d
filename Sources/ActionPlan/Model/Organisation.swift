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
    /// Other names and spelling variants found in the source.
    public var aliases: [String]
    /// What kind of owner this is.
    public var kind: Kind
    /// Where the entry is written.
    public var location: SourceLocation

    /// Creates an organisation.
    public init(key: String, name: String, aliases: [String] = [], kind: Kind = .organisation, location: SourceLocation) {
        self.key = key
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.location = location
    }
}
