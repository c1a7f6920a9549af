extension FileReport {
    /// The report of a file that could not be read at all: no rows, one error saying why.
    public init(unreadable path: String, _ error: DataError) {
        self.init(path: path, table: "unreadable")
        note(DataProblem(error.reason, at: error.location, severity: .error))
    }
}
