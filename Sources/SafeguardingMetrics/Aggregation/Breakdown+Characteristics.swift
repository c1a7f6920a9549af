extension Breakdown {
    /// The breakdowns by the child's own characteristics (age band, sex, ethnicity, ethnic group,
    /// disability), which classify the records of every indicator.
    public static let childCharacteristics: [Breakdown] = [.ageBand, .sex, .ethnicity, .ethnicGroup, .disability]
}
