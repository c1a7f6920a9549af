import SafeguardingMetrics

extension LoadedFramework {
    /// The framework's rows linked to `catalogue` (``FrameworkLinks``), with unknown
    /// `computed_id`s located in the file.
    ///
    /// ```swift
    /// let links = try FrameworkCSV.read(path: "our_framework.csv").links()
    /// links.problems.forEach { print($0) }
    /// ```
    public func links(catalogue: IndicatorCatalogue = .standard) -> FrameworkLinks {
        FrameworkLinks(framework: framework, catalogue: catalogue, sourceMap: sourceMap)
    }
}
