import ActionPlanCore
import ActionPlanFiles
import ActionPlanWorkspace
import Foundation

/// Turns Markdown into a Word document with pandoc, run as a separate program: the library never
/// prints, it returns the document's bytes or a `DocxConverter.Failure` that says what to do.
///
/// SVG images are embedded with a PNG beside them (which pandoc makes with `rsvg-convert`), since
/// older Word versions and LibreOffice show the PNG.
package struct DocxConverter: Sendable {
    /// Why no document was made.
    package enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// A program the conversion needs is not on `PATH`.
        case missingTool(name: String, purpose: String)
        /// Pandoc ran and failed.
        case pandocFailed(status: Int32, message: String)
        /// The temporary files could not be written or read.
        case files(String)

        /// A message for people, with the fix.
        package var description: String {
            switch self {
            case .missingTool(let name, let purpose):
                return "'\(name)' was not found on PATH: \(purpose). Install it with "
                    + "'apt install pandoc librsvg2-bin' (Debian, Ubuntu) or 'brew install pandoc librsvg' (macOS), then run the command again"
            case .pandocFailed(let status, let message):
                let detail = message.trimmingCharacters(in: .whitespacesAndNewlines)
                return "pandoc could not make the Word document (exit \(status))" + (detail.isEmpty ? "" : ": \(detail)")
            case .files(let message):
                return "could not prepare the Word document: \(message)"
            }
        }
    }

    /// Where pandoc is.
    package var pandoc: URL
    /// The folders searched for `rsvg-convert`, handed to pandoc as its `PATH`.
    package var searchPath: String

    /// How long pandoc may take before it is stopped.
    static let timeoutSeconds = 120

    /// A converter with pandoc and rsvg-convert found on `PATH` (by default the process's own);
    /// `withImages: false` for documents without charts (letters, the agenda), which need pandoc only.
    package static func locate(
        path: String? = ProcessInfo.processInfo.environment["PATH"], withImages: Bool = true
    ) throws(Failure) -> DocxConverter {
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        func find(_ name: String) -> URL? {
            folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        guard let pandoc = find("pandoc") else {
            throw .missingTool(name: "pandoc", purpose: "the Word report is made with pandoc")
        }
        guard !withImages || find("rsvg-convert") != nil else {
            throw .missingTool(name: "rsvg-convert", purpose: "pandoc needs it to put the report's charts into Word")
        }
        return DocxConverter(pandoc: pandoc, searchPath: folders.joined(separator: ":"))
    }

    /// Creates a converter that runs this pandoc.
    package init(pandoc: URL, searchPath: String) {
        self.pandoc = pandoc
        self.searchPath = searchPath
    }

    /// The Markdown with every image turned into plain text except the lines that show one of
    /// `names` (the report's own charts, each on a line of its own). Pandoc reads the files and
    /// fetches the addresses of all images before any filter runs, so text from a plan such as
    /// `![x](/etc/passwd)` or `![x](http://…)` must never reach it as an image.
    static func onlyOwnImages(_ markdown: String, names: Set<String>) -> String {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("!["), let name = names.first(where: { line.hasSuffix("](\($0))") }),
               !line.dropFirst(2).dropLast(name.count + 3).contains("](") {
                return String(line)
            }
            return line.replacingOccurrences(of: "![", with: "!\\[")
        }.joined(separator: "\n")
    }

    /// The Word document for `markdown`, with `files` (images by name, referenced from the
    /// Markdown) beside it, styled by `referenceDocument`, in `language` (`nl-NL`, `en-US`).
    package func convert(markdown: String, files: [String: Data], referenceDocument: Data, language: String) throws(Failure) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-docx-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try Data(Self.onlyOwnImages(markdown, names: Set(files.keys)).utf8).write(to: folder.appendingPathComponent("report.md"))
            try referenceDocument.write(to: folder.appendingPathComponent("reference.docx"))
            for (name, data) in files {
                try data.write(to: folder.appendingPathComponent(name))
            }
        } catch {
            throw .files(error.localizedDescription)
        }
        // Pandoc's Markdown without raw HTML, LaTeX, attribute passthroughs and metadata blocks:
        // text from the plan can only ever be text.
        let message = try run(pandoc, [
            "report.md", "--from",
            "markdown-raw_html-raw_tex-raw_attribute-tex_math_dollars-tex_math_single_backslash-latex_macros-yaml_metadata_block-pandoc_title_block",
            "--to", "docx", "--reference-doc", "reference.docx",
            "--resource-path", ".", "--metadata", "lang=\(language)", "--output", "report.docx",
        ], in: folder, name: "pandoc")
        // Pandoc carries on without an image it cannot convert; a report without its charts is not
        // the report.
        if message.contains("Could not convert image") || message.contains("Could not fetch resource") {
            throw .pandocFailed(status: 0, message: message)
        }
        do {
            return try Data(contentsOf: folder.appendingPathComponent("report.docx"))
        } catch {
            throw .files(error.localizedDescription)
        }
    }

    /// An SVG drawn as PNG by rsvg-convert, `zoom` times its size in pixels: the charts' fallback
    /// image (what LibreOffice and older Word show) at print resolution.
    package func png(fromSVG svg: Data, zoom: Double) throws(Failure) -> Data {
        let folders = searchPath.split(separator: ":").map(String.init)
        guard let rsvg = folders.lazy.map({ URL(fileURLWithPath: $0).appendingPathComponent("rsvg-convert") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw .missingTool(name: "rsvg-convert", purpose: "the report's charts are drawn with it")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actionplan-png-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try svg.write(to: folder.appendingPathComponent("chart.svg"))
        } catch {
            throw .files(error.localizedDescription)
        }
        _ = try run(rsvg, ["--format", "png", "--zoom", String(zoom), "--output", "chart.png", "chart.svg"], in: folder, name: "rsvg-convert")
        do {
            return try Data(contentsOf: folder.appendingPathComponent("chart.png"))
        } catch {
            throw .files(error.localizedDescription)
        }
    }

    /// Runs a program in a folder, stopped after the time limit; its error output, or a failure.
    private func run(_ program: URL, _ arguments: [String], in folder: URL, name: String) throws(Failure) -> String {
        let process = Process()
        process.executableURL = program
        process.currentDirectoryURL = folder
        process.arguments = arguments
        process.environment = ["PATH": searchPath, "HOME": folder.path, "LANG": "C.UTF-8"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pandocFailed(status: -1, message: error.localizedDescription)
        }
        // A report converts in well under a second; a converter that hangs is stopped, not waited for.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(Self.timeoutSeconds), execute: watchdog)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        if process.terminationReason == .uncaughtSignal {
            throw .pandocFailed(status: process.terminationStatus, message: "\(name) did not finish within \(Self.timeoutSeconds) seconds and was stopped")
        }
        guard process.terminationStatus == 0 else {
            throw .pandocFailed(status: process.terminationStatus, message: name == "pandoc" ? message : "\(name): \(message)")
        }
        return message
    }
}
