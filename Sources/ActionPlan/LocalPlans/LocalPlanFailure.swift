import ActionPlanCore
import ActionPlanFiles
/// Why `plan derive` or accepting a regional change wrote nothing (or stopped part-way, leaving a
/// consistent local plan and snapshot behind). Messages are in the language of the command.
package enum LocalPlanFailure: Error, Sendable {
    /// Something given is wrong (an empty municipality, an output that is an input, an existing file
    /// without `--force`): a usage error.
    case usage(String)
    /// The local plan would be left with errors: the diagnostics `plan validate` would give for it.
    case invalid(FileDiagnostics)
    /// A file could not be written or read.
    case failed(String)
}
