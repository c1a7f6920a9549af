/// A local authority with children's services responsibilities: its codes, name and region.
///
/// Every authority has two codes in DfE files: the ONS E-code (`new_la_code`, `E06000009`) and
/// the 3-digit DfE number (`old_la_code`, `890`). Results name authorities by the E-code. When a
/// reorganisation gave an authority a new E-code but kept its DfE number (North Yorkshire became
/// `E06000065` in 2023, formerly `E10000023`), the old E-codes are kept in ``formerCodes`` so
/// older files still resolve.
///
/// ```swift
/// let directory = LocalAuthorityDirectory([
///     LocalAuthority(code: "E06000009", number: "890", name: "Blackpool",
///                    regionCode: "E12000002", regionName: "North West"),
/// ])
/// print(directory["890"]?.name ?? "")   // Blackpool
/// ```
@frozen
public struct LocalAuthority: Sendable, Hashable, Identifiable {
    /// The ONS E-code, for example `E06000009`.
    public var code: String
    /// The 3-digit DfE local-authority number, for example `890`.
    public var number: String
    /// The authority's name as the ONS writes it.
    public var name: String
    /// The ONS code of the region (`E12000002`), when known.
    public var regionCode: String?
    /// The region's name, for example `North West`.
    public var regionName: String
    /// E-codes the same authority (same DfE number) had before a reorganisation.
    public var formerCodes: [String]
    /// Whether the authority still exists (it appears in the latest year of the directory's source).
    public var isCurrent: Bool

    /// Creates an authority.
    public init(code: String, number: String, name: String, regionCode: String? = nil, regionName: String,
                formerCodes: [String] = [], isCurrent: Bool = true) {
        self.code = code
        self.number = number
        self.name = name
        self.regionCode = regionCode
        self.regionName = regionName
        self.formerCodes = formerCodes
        self.isCurrent = isCurrent
    }

    /// The E-code, which identifies the authority in results.
    public var id: String { code }
}
