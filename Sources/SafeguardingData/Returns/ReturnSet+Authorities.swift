import SafeguardingMetrics

extension ReturnSet {
    /// The cohort indices of the authorities named (E-codes, DfE numbers or names, as the
    /// directory resolves them, or a well-formed code the directory does not know that the returns
    /// hold), in the order given and each once; every authority in the returns when none is named.
    ///
    /// - Throws: ``ReturnSetError/noRecords`` when the returns hold no records;
    ///   ``ReturnSetError/unknownAuthority(_:)`` for a code no authority has;
    ///   ``ReturnSetError/authorityNotInReturns(_:_:held:)`` for an authority the returns do not cover.
    public func areas(_ codes: [String]) throws(ReturnSetError) -> [UInt16] {
        guard !cohort.authorities.isEmpty else { throw .noRecords }
        if codes.isEmpty { return (0..<UInt16(cohort.authorities.count)).map { $0 } }
        var areas: [UInt16] = []
        for code in codes {
            if directory[code] == nil, let wellFormed = ReturnContext.wellFormedAuthority(code),
               let index = cohort.authorities.firstIndex(of: wellFormed) {
                if !areas.contains(UInt16(index)) { areas.append(UInt16(index)) }
                continue
            }
            guard let authority = directory[code] else { throw .unknownAuthority(code) }
            guard let index = cohort.authorities.firstIndex(of: authority.code) else {
                throw .authorityNotInReturns(code, authority, held: cohort.authorities.map { held in
                    directory[held].map { "\($0.name) (\(held))" } ?? held
                })
            }
            if !areas.contains(UInt16(index)) { areas.append(UInt16(index)) }
        }
        return areas
    }

    /// A request for `period` over the authorities named (every one in the returns when none is),
    /// with the set's populations and postcode positions; every standard indicator, except the
    /// ones whose ``SafeguardingMetrics/IndicatorRequirements/postcodes`` need postcode positions
    /// when the set has none.
    ///
    /// ```swift
    /// var request = try returns.request(period: .collectionYear(2025), authorities: ["E06000009", "890"])
    /// request.suppression = .dfe
    /// let results = try IndicatorComputation(request).compute()
    /// ```
    /// - Throws: ``ReturnSetError`` as ``areas(_:)`` does.
    public func request(period: ReportingPeriod, authorities codes: [String] = []) throws(ReturnSetError) -> IndicatorRequest {
        var request = IndicatorRequest(cohort: cohort, period: period, populations: populations)
        request.areas = try areas(codes)
        request.configuration.postcodePositions = positions
        if positions == nil {
            let catalogue = request.catalogue
            request.indicators.removeAll { catalogue[$0]?.requirements.postcodes ?? false }
        }
        return request
    }
}
