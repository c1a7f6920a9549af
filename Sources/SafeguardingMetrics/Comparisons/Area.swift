/// A place a figure is published for: a local authority, a region, or England.
///
/// Local authorities are named by their ONS E-code (`E06000009`); readers turn a 3-digit DfE
/// number (`890`) into the E-code with a ``LocalAuthorityDirectory``. Regions are named as the
/// DfE names them (`North West`, `Inner London`) and matched without regard to case.
///
/// ```swift
/// let blackpool = Area.localAuthority("E06000009")
/// let region = Area.region("North West")
/// print(blackpool, region, Area.england)   // E06000009 North West England
/// ```
@frozen
public enum Area: Sendable, Hashable, CustomStringConvertible {
    /// A local authority, by its E-code.
    case localAuthority(String)
    /// A region (or London's inner and outer parts), by name.
    case region(String)
    /// England as a whole.
    case england

    /// The E-code, the region's name, or `England`.
    public var description: String {
        switch self {
        case .localAuthority(let code): code
        case .region(let name): name
        case .england: "England"
        }
    }
}
