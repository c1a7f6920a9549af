/// Why no population could be found for an area.
///
/// ```swift
/// do {
///     _ = try populations.population(for: .localAuthority("E06000009"), midYear: 2019)
/// } catch {
///     print(error)
///     // no mid-2019 population estimate for E06000009 (Blackpool) in ONS mid-year estimates ...
///     // (it has mid-2020 to mid-2024)
/// }
/// ```
@frozen
public struct PopulationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The area.
    public var area: Area
    /// The area's name, when the table knows it.
    public var name: String?
    /// The mid-year wanted.
    public var midYear: Int
    /// The vintage of the table searched.
    public var vintage: String
    /// The mid-years the table has for the area (empty when it has none).
    public var availableMidYears: [Int]

    /// Creates an error from its parts.
    public init(area: Area, name: String?, midYear: Int, vintage: String, availableMidYears: [Int]) {
        self.area = area
        self.name = name
        self.midYear = midYear
        self.vintage = vintage
        self.availableMidYears = availableMidYears
    }

    /// A sentence naming the area, the mid-year and what the table has.
    public var description: String {
        let who = name.map { "\(area) (\($0))" } ?? "\(area)"
        let has = availableMidYears.isEmpty ? "it has no estimates at all"
            : "it has mid-\(availableMidYears.first!) to mid-\(availableMidYears.last!)"
        return "no mid-\(midYear) population estimate for \(who) in \(vintage) (\(has))"
    }
}
