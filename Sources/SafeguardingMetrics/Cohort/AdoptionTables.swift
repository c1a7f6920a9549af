/// The three SSDA903 adoption tables a cohort is built with, passed together.
struct AdoptionTables {
    /// `ad1` rows.
    var adoptions = AdoptionTable()
    /// `placed_for_adoption` rows.
    var placedForAdoption = PlacedForAdoptionTable()
    /// `previous_permanence` rows.
    var previousPermanence = PreviousPermanenceTable()
}
