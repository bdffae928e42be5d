import ActionPlan
import ArgumentParser

extension PlanCommand {
    /// Runs a command line as the `plan` process would, in this process: what it writes is captured
    /// and it sees `environment` instead of the process's. Returns the exit code `plan` would exit
    /// with, and its standard output and error. For the tests, which run most commands this way.
    static func run(arguments: [String], environment: [String: String]) -> (status: Int32, stdout: String, stderr: String) {
        let capture = Terminal.Capture(environment: environment)
        // A run of its own: the files other runs in this process read are not this one's inputs.
        let status = InputFiles.separateRun { Terminal.$capture.withValue(capture) { () -> Int32 in
            do {
                var command = try parseAsRoot(arguments)
                try command.run()
                return 0
            } catch {
                // As ArgumentParser's own `main()` ends: help and version on standard output, the rest on error.
                let code = exitCode(for: error)
                let message = fullMessage(for: error, columns: Terminal.environment("COLUMNS").flatMap { Int($0) } ?? 80)
                if !message.isEmpty {
                    if code == .success { Terminal.out(message + "\n") } else { Terminal.err(message + "\n") }
                }
                return code.rawValue
            }
        } }
        return (status, capture.standardOutput, capture.standardError)
    }
}
