import Foundation
@testable import plan
import ThreadFolder

/// A command run in-process in another working folder: on a thread of its own whose working folder
/// is that folder (Linux's unshare of the thread's file-system context), so the rest of the test
/// process, which runs other tests at the same time, keeps the package folder.
///
/// Starting the debug `plan` binary costs more than most commands it runs (loading the Swift
/// runtime and Foundation, instantiating type metadata again), and a few hundred command tests need
/// a folder of their own; in-process they cost what the command costs.
enum InFolderRun {
    /// The command's exit code and output, or nil when it cannot run this way: the system has no
    /// per-thread working folder, or the command could load several plans at once — those load on
    /// Dispatch's worker threads (`PlanLoadRun.load(paths:)`), which share the process's working
    /// folder, not this thread's. Such commands run as a real process instead.
    static func run(
        _ arguments: [String], environment: [String: String], in folder: URL
    ) -> (status: Int32, stdout: String, stderr: String)? {
        guard !mayLoadSeveralRelativePaths(arguments, in: folder) else { return nil }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            defer { done.signal() }
            guard thread_folder_detach() == 0, FileManager.default.changeCurrentDirectoryPath(folder.path) else { return }
            box.result = PlanCommand.run(arguments: arguments, environment: environment)
        }
        // As much stack as the test threads have: some tests nest deeply on purpose.
        thread.stackSize = 8 << 20
        thread.start()
        done.wait()
        return box.result
    }

    /// Whether more than one argument names a file relative to the folder, or any names a folder:
    /// then a command may load several plans on other threads. Only the values of `--output` (written,
    /// or for `letters` a folder to write into) and `--progress` (read on the command's own thread) are
    /// left out; counting every other existing path, values of options too, errs towards the real
    /// process, never towards a wrong folder.
    static func mayLoadSeveralRelativePaths(_ arguments: [String], in folder: URL) -> Bool {
        var files = 0
        for (index, argument) in arguments.enumerated() where !argument.hasPrefix("/") && !argument.hasPrefix("-") {
            if index > 0, ["--output", "--progress"].contains(arguments[index - 1]) { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(argument).path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue { return true }
            files += 1
        }
        return files > 1
    }

    private final class ResultBox: @unchecked Sendable {
        var result: (status: Int32, stdout: String, stderr: String)?
    }
}
