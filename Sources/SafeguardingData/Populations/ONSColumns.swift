import SafeguardingMetrics

/// The columns of the ONS layout of a population file, the layout of the bundled
/// `ons_mye_children_0_17_by_la_2020_2024.csv` (`mid_year, used_for_year_ending_31_march,
/// geographic_level, new_la_code, old_la_code, la_name, region_code, region_name,
/// population_estimate`), found once from the header.
///
/// Both the population reader (``PopulationFile``) and the directory reader
/// (``LocalAuthorityDirectory/read(onsPopulationFile:)``) read this layout through it.
struct ONSColumns {
    /// The level of a row: `National`, `Regional` or `Local authority` (any case), or another.
    enum Level: Equatable {
        case national
        case regional
        case localAuthority
        case other(String)
    }

    let midYear: Int
    let level: Int
    let newCode: Int
    let name: Int
    let oldCode: Int?
    let regionCode: Int?
    let regionName: Int?
    let usedFor: Int?
    let population: Int?

    /// The columns of `header`, with a ``DataError`` at the header naming every column of
    /// `required` that is missing.
    init(_ header: CSVHeader, requiring required: [String], for purpose: String) throws(DataError) {
        _ = try header.require(required, for: purpose)
        func at(_ name: String) -> Int? { header.index(name) }
        midYear = at("mid_year") ?? -1
        level = at("geographic_level") ?? -1
        newCode = at("new_la_code") ?? -1
        name = at("la_name") ?? -1
        oldCode = at("old_la_code")
        regionCode = at("region_code")
        regionName = at("region_name")
        usedFor = at("used_for_year_ending_31_march")
        population = at("population_estimate")
    }

    /// The level of the current row of `reader`.
    func level(of reader: CSVReader) -> Level {
        let text = reader.trimmed(level)
        switch text.lowercased() {
        case "national": return .national
        case "regional": return .regional
        case "local authority": return .localAuthority
        default: return .other(text)
        }
    }
}
