import SafeguardingData
import SafeguardingSpreadsheet

extension Console {
    /// Writes a workbook to `path` (``OutputOptions/validate()`` makes sure there is one), then
    /// the timings when asked for.
    ///
    /// The file is replaced atomically (``AtomicFileWriter``): a failed write leaves the previous
    /// file as it was and no partial or temporary file.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` when no file is named or it cannot be created;
    ///   ``ToolError/outputFailed(_:)`` when the workbook cannot be made or writing it fails.
    func deliver(_ workbook: Workbook, to path: String?, stopwatch: Stopwatch? = nil, timings: Bool = false) throws(ToolError) {
        guard let path else { throw .invalidUsage("--format xlsx writes an Excel workbook: give --output FILE.xlsx") }
        let bytes: [UInt8]
        do { bytes = try workbook.bytes() } catch { throw .outputFailed("cannot make the workbook: \(error.message)") }
        try deliver(bytes, to: path, option: "--output")
        stopwatch?.report(to: self, if: timings)
    }

    /// Writes `bytes` to `path`, named by `option` in messages, replacing the file in one step.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` when the file cannot be created;
    ///   ``ToolError/outputFailed(_:)`` when writing it fails (the previous file is unchanged).
    func deliver(_ bytes: [UInt8], to path: String, option: String) throws(ToolError) {
        do throws(FileWriteError) {
            try AtomicFileWriter(path: path, removesTemporaryFileOnTermination: true).write(bytes)
        } catch {
            let message = "cannot write \(option) \(path): \(error.reason)"
                + (error.step == .create ? "" : "; a previous file of that name is unchanged")
            throw error.step == .create ? .invalidUsage(message) : .outputFailed(message)
        }
        diagnose("wrote \(path)")
    }
}
