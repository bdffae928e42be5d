extension Money {
    /// Money for people: `€ 153.000` or `€ 1.234,56` in Dutch, `€153,000` or `€1,234.56` in English.
    public func formatted(_ language: PlanLanguage) -> String {
        if isOverflow { return language == .nl ? "te groot om te tellen" : "too large to count" }
        let (group, decimal, prefix) = language == .nl ? (".", ",", "€ ") : (",", ".", "€")
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        var digits = String(magnitude / 100)
        var grouped = ""
        while digits.count > 3 {
            grouped = group + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let cents = magnitude % 100
        let fraction = cents == 0 ? "" : decimal + (cents < 10 ? "0" : "") + String(cents)
        return sign + prefix + grouped + fraction
    }
}
