import SafeguardingMetrics

/// Why a ``ReturnSet`` cannot give what was asked of it: an authority no one has, an authority
/// its returns do not cover, or no records at all.
@frozen
public enum ReturnSetError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The returns hold no records, so there is no authority to compute for.
    case noRecords
    /// No authority in the directory has this code, number or name.
    case unknownAuthority(String)
    /// The authority named (as written, and as the directory knows it) is not in the returns,
    /// which hold the authorities listed (by E-code).
    case authorityNotInReturns(String, LocalAuthority, held: [String])

    /// A sentence saying what is wrong.
    public var description: String {
        switch self {
        case .noRecords:
            "the input files hold no records, so there is no authority to compute for"
        case .unknownAuthority(let code):
            "\(code): no local authority has this code; give an E-code (E06000009) or a DfE number (890)"
        case .authorityNotInReturns(let code, let authority, let held):
            "\(code): \(authority.name) (\(authority.code)) is not in the input files; they hold \(held.joined(separator: ", "))"
        }
    }
}
