/// The state of a CIN census read between two `Child` elements: where a piece of a census split
/// for several threads begins and ends (see ``CINCensusReader/read(piece:name:resuming:entered:into:claims:)``).
///
/// Between children every record is closed and nothing but the tokenizer's open elements, the
/// line, and the return the file was placed in carries over to what follows, so a piece started
/// from a seam reads its bytes exactly as a read of the whole file would, if the whole read
/// reaches the piece's start at that same seam.
struct CINSeam: Equatable {
    /// The tokenizer's open elements and line.
    var xml: XMLSeam
    /// The reader's element at each open depth (``CINReadState/openElements``).
    var openElements: [Int8]
    /// The return the file was placed in: its authority's code and collection year.
    var authority: String
    var collectionYear: Int
}

extension CINReadState {
    /// The seam the read is at, or `nil` unless it is between records: no record, header or
    /// value open, the file placed in its return, and the tokenizer between tokens.
    func seam(in builder: CohortBuilder) -> CINSeam? {
        guard sawRoot, leaf == nil, !insideUnknown, !inHeader, !inChild, !inDetails, !inAssessment, !inEnquiry, !inPlan,
              !inPreProceedings, episodePreProceedings == nil, let returnIndex, let xml = xml.seam,
              openElements.count >= xml.stack.depth else { return nil }
        let placed = builder.returns[Int(returnIndex)]
        return CINSeam(xml: xml, openElements: Array(openElements[0..<xml.stack.depth]),
                       authority: builder.authorities[Int(placed.authority)], collectionYear: placed.collectionYear)
    }

    /// Just after the first `Child` has started: the seam the later pieces start from, which is
    /// the state before that child with the elements around it open (its line is each piece's
    /// own), or `nil` when the file is not placed yet or the child has no elements around it.
    func entrySeam(in builder: CohortBuilder) -> CINSeam? {
        guard sawRoot, let returnIndex, xml.stack.depth >= 2, let stack = xml.stack.withoutInnermost(),
              openElements.count >= stack.depth else { return nil }
        let placed = builder.returns[Int(returnIndex)]
        return CINSeam(xml: XMLSeam(stack: stack, line: 0, lineOffset: 0), openElements: Array(openElements[0..<stack.depth]),
                       authority: builder.authorities[Int(placed.authority)], collectionYear: placed.collectionYear)
    }

    /// Starts the read at `seam`, in the builder of its piece: the return placed again, the
    /// elements around open.
    mutating func resume(at seam: CINSeam, in builder: inout CohortBuilder) {
        sawRoot = true
        openElements = seam.openElements
        returnIndex = builder.returnIndex(authority: builder.authority(seam.authority), collectionYear: seam.collectionYear,
                                          source: .cinCensus, file: report.path)
    }
}
