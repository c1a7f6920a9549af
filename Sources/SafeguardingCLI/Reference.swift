import SafeguardingData

/// The bundled reference data, read once per process and turned into tool errors.
enum Reference {
    /// The bundled ONS directory of local authorities.
    static func directory() throws(ToolError) -> LocalAuthorityDirectory {
        do { return try ReferenceData.localAuthorityDirectory() } catch { throw .data(error) }
    }

    /// The bundled published figures and 2025 neighbours, ready for comparisons.
    static func comparer() throws(ToolError) -> NeighbourComparer {
        do { return try ReferenceData.comparer() } catch { throw .data(error) }
    }

    /// An authority named on the command line (E-code, DfE number or name), or a usage error.
    static func authority(_ code: String, in directory: LocalAuthorityDirectory, option: String = "--la")
        throws(ToolError) -> LocalAuthority {
        guard let authority = directory[code] else {
            throw .invalidUsage("\(option) " + ReturnSetError.unknownAuthority(code).description)
        }
        return authority
    }

    /// The code of an authority named on the command line: the E-code of one the directory knows
    /// (by E-code, DfE number or name), or a well-formed code it does not know
    /// (``SafeguardingData/ReturnContext/wellFormedAuthority(_:)``), as returns may name one.
    ///
    /// - Throws: ``ToolError/invalidUsage(_:)`` for anything else.
    static func code(_ code: String, in directory: LocalAuthorityDirectory, option: String = "--la") throws(ToolError) -> String {
        if let authority = directory[code] { return authority.code }
        if let wellFormed = ReturnContext.wellFormedAuthority(code) { return wellFormed }
        throw .invalidUsage("\(option) " + ReturnSetError.unknownAuthority(code).description)
    }
}
