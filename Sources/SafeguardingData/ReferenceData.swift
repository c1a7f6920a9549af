import Foundation

/// The published reference data bundled with the package, under the Open Government Licence v3.0.
///
/// - ``onsPopulation``: ONS mid-year estimates of children aged 0-17 by local authority, region and
///   England, mid-2020 to mid-2024.
/// - ``statisticalNeighbours2025``: the DfE children's services statistical neighbours, 2025 refresh
///   (153 authorities × 10 ranked neighbours with closeness bands).
/// - ``publishedIndicators2024And2025``: published DfE children's social care figures for every
///   authority, region and England, years ending 31 March 2024 and 2025.
/// - ``blackpoolFramework``: Blackpool's outcomes framework (January 2024), as published.
/// - ``File/laitHistory``: LAIT's published values 2016-2025 of the measures the standard indicators
///   compute, for every authority, region and England (``publishedHistory(directory:catalogue:)``).
///
/// Provenance and licence: `Resources/PROVENANCE.md`.
public enum ReferenceData {
    /// A bundled file.
    public enum File: String, Sendable, CaseIterable {
        /// `ons_mye_children_0_17_by_la_2020_2024.csv`
        case onsPopulation = "ons_mye_children_0_17_by_la_2020_2024.csv"
        /// `statistical_neighbours_2025_long.csv`
        case statisticalNeighbours2025 = "statistical_neighbours_2025_long.csv"
        /// `la_csc_indicators_2024_2025.csv`
        case publishedIndicators2024And2025 = "la_csc_indicators_2024_2025.csv"
        /// `blackpool_outcomes_framework_2024_01.csv`
        case blackpoolFramework = "blackpool_outcomes_framework_2024_01.csv"
        /// `lait_history_2016_2025.csv`
        case laitHistory = "lait_history_2016_2025.csv"
    }

    /// The path of a bundled file.
    public static func path(of file: File) -> String {
        Bundle.module.bundleURL.appendingPathComponent("Resources").appendingPathComponent(file.rawValue).path
    }

    /// The bundled ONS population file.
    public static var onsPopulation: String { path(of: .onsPopulation) }
    /// The bundled 2025 statistical-neighbour list.
    public static var statisticalNeighbours2025: String { path(of: .statisticalNeighbours2025) }
    /// The bundled published DfE indicators, 2024 and 2025.
    public static var publishedIndicators2024And2025: String { path(of: .publishedIndicators2024And2025) }
    /// The bundled Blackpool outcomes framework.
    public static var blackpoolFramework: String { path(of: .blackpoolFramework) }

    /// Reads a bundled file as a table.
    public static func table(_ file: File) throws(DataError) -> CSVTable {
        try CSVTable(path: path(of: file))
    }
}
