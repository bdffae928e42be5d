/// The catalogue of message texts in Dutch and English: diagnostics and command messages that
/// follow the plan's language (or `--lang`). Codes and JSON keys never change with the language;
/// only these words do. A text is written here once and used wherever the message is given.
///
/// The texts are kept by area, one file each: `Messages+YAML` (reading a file, AP1xx), `Messages+Plan`
/// (a plan's structure, owners, money and rules, AP2xx–AP6xx), `Messages+Planning` (planning phrases,
/// AP3xx), `Messages+Progress` (progress files, AP7xx), `Messages+LocalPlans` (AP8xx, derive, adopt),
/// `Messages+Commands` (what the commands say besides diagnostics).
package enum Messages {
    /// "a", "a en b", "a, b en c".
    package static func list(_ items: [String], dutch: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (dutch ? " en " : " and ") + items.last!
    }

    /// "2025", "2024 en 2025", "2024, 2025 en 2026".
    package static func yearList(_ years: [Int], dutch: Bool) -> String {
        list(years.sorted().map(String.init), dutch: dutch)
    }
}
