// Reading one large census on several threads: the file is cut into pieces just after
// `</Child>` (``FilePiece``), each piece is read into a builder of its own from the seam the
// piece before it should end at, and the pieces are used only when each one ended at exactly the
// seam the next began from; otherwise the file is read again as a whole (ParallelFileReads).

extension CINCensusReader {
    /// What reading one piece of a census gave: its report (rows and problems of the piece
    /// alone) and the seam it ended at (`nil` at the end of the file, or when it did not end
    /// between two records).
    struct PieceRead {
        var report: FileReport
        var exit: CINSeam?
    }

    /// Reads one piece of a census into `builder`.
    ///
    /// The first piece (`resuming` is `nil`) is read as the file's start, with `context` for a
    /// census with no usable header; once its first `Child` has started, `entered` is given the
    /// seam the other pieces start from, or `nil` when there is none (`entered` is called once,
    /// at the latest when the piece ends). Every other piece starts at `resuming`, with its own
    /// first line, and claims nothing: the first piece claims the file's return.
    ///
    /// - Throws: ``DataError`` as ``read(file:context:into:)`` does, and when a token runs past
    ///   the piece's end: the file must then be read as a whole.
    func read(piece input: ChunkedInput, context: ReturnContext?, resuming entry: CINSeam?,
              entered: (CINSeam?) -> Void, into builder: inout CohortBuilder,
              claims: inout ReturnClaims) throws(DataError) -> PieceRead {
        let xml = XMLTokenizer(piece: input, limits: limits, resuming: entry?.xml)
        var state = CINReadState(xml: xml, report: FileReport(path: xml.path, table: "cin_census"),
                                 fileIndex: builder.file(xml.path), resolveAuthority: resolveAuthority, context: context)
        if let entry { state.resume(at: entry, in: &builder) }
        var announced = entry != nil
        defer { if !announced { entered(nil) } }
        let report = try read(&state, into: &builder, claims: &claims, claimed: entry != nil,
                              watchesFirstChild: !announced) { state, builder in
            announced = true
            entered(state.entrySeam(in: builder))
        }
        return PieceRead(report: report, exit: xml.stoppedAtPieceEnd ? state.seam(in: builder) : nil)
    }
}
