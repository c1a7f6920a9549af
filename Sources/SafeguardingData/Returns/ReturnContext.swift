/// The authority and collection year a return belongs to, when its files do not say.
@frozen
public struct ReturnContext: Sendable, Hashable {
    /// The authority's E-code.
    public var authority: String
    /// The collection year (2025 = the year ending 31 March 2025).
    public var collectionYear: Int

    /// Creates a context.
    public init(authority: String, collectionYear: Int) {
        self.authority = authority
        self.collectionYear = collectionYear
    }

    /// The context from a path laid out as `…/<LA code>/<YYYY>/…` (the layout `generate` writes),
    /// reading the authority with `resolve`; `nil` when the path has no such pair of folders.
    public init?(path: String, resolve: (String) -> String? = ReturnContext.eCodeOnly) {
        let parts = path.split(separator: "/").map(String.init)
        for index in parts.indices.dropLast().reversed() {
            let year = parts[index + 1]
            guard year.count == 4, year.allSatisfy(\.isASCII), let value = Int(year), (1990...2100).contains(value),
                  let authority = resolve(parts[index]) else { continue }
            self.init(authority: authority, collectionYear: value)
            return
        }
        return nil
    }

    /// Accepts an authority written as an E-code (`E06000009`, any case) and nothing else.
    public static let eCodeOnly: @Sendable (String) -> String? = { text in
        let code = text.trimmingCharacters(in: " \t").uppercased()
        return isECode(code) ? code : nil
    }

    /// Accepts any form of authority a directory knows: E-code (current or former), DfE number or
    /// name, giving the current E-code; and any well-formed code it does not know (see
    /// ``wellFormedAuthority(_:)``), giving that code: a test authority, or one a reorganisation
    /// created after the directory was made. ``ReturnSet`` warns of each such code it reads.
    public static func resolver(_ directory: LocalAuthorityDirectory) -> @Sendable (String) -> String? {
        { text in
            let trimmed = text.trimmingCharacters(in: " \t")
            return directory[trimmed]?.code ?? wellFormedAuthority(trimmed)
        }
    }

    /// A well-formed authority code, whether or not any directory knows it: an upper-tier E-code
    /// (`E06`, `E07`, `E08`, `E09` or `E10` followed by six digits, any case, given in upper case)
    /// or a DfE 3-digit number; `nil` for anything else.
    ///
    /// ```swift
    /// ReturnContext.wellFormedAuthority("e06999999")  // "E06999999"
    /// ReturnContext.wellFormedAuthority("975")        // "975"
    /// ReturnContext.wellFormedAuthority("Blackpool")  // nil
    /// ```
    public static func wellFormedAuthority(_ text: String) -> String? {
        let code = text.trimmingCharacters(in: " \t").uppercased()
        let digits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        if code.count == 3, digits(Substring(code)) { return code }
        guard code.count == 9, ["E06", "E07", "E08", "E09", "E10"].contains(String(code.prefix(3))),
              digits(code.dropFirst(3)) else { return nil }
        return code
    }

    /// ``resolver(_:)`` over the bundled ONS directory of the 153 authorities (E-codes only if it
    /// cannot be read).
    public static let bundledAuthorities: @Sendable (String) -> String? = {
        guard let directory = try? ReferenceData.localAuthorityDirectory() else { return eCodeOnly }
        return resolver(directory)
    }()
}
