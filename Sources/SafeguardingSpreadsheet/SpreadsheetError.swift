import SafeguardingData

/// Why a workbook could not be made or written.
///
/// ```swift
/// do { try Workbook(tables).write(to: "out.xlsx") } catch { print(error.message) }
/// ```
public struct SpreadsheetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, in words.
    public var message: String
    /// The file error, when writing the file failed (the previous file is then unchanged).
    public var writing: FileWriteError?

    /// An error saying `message`, from `writing` when a file could not be written.
    public init(_ message: String, writing: FileWriteError? = nil) {
        self.message = message
        self.writing = writing
    }

    /// The message.
    public var description: String { message }
}
