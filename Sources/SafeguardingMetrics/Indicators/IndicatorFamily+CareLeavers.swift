extension IndicatorFamily {
    /// Care leavers (INDICATORS.md §3): SSDA903 OC3, whole numbers, counting young people of the
    /// return of the collection year that contains the period end, by the birthday they reach in
    /// the period.
    static let careLeaverIndicators: [Indicator] = [
        leavers("care_leavers.eet.age_17_18.percent", .young, "in education, employment or training",
                numerator: "with ACTIV F1, P1, F2, P2, F4, P4, F5 or P5", counter: .leavers17EET, field: "ACTIV",
                note: "The activities are AggregationConfiguration.educationEmploymentTraining.",
                published: PublishedColumnNames(value: "cl17_18_eet_percent", numerator: "cl17_18_eet_count",
                                                denominator: "cl17_18_total")),
        leavers("care_leavers.eet.age_19_21.percent", .old, "in education, employment or training",
                numerator: "with ACTIV F1, P1, F2, P2, F4, P4, F5 or P5", counter: .leavers19EET, field: "ACTIV",
                note: "The activities are AggregationConfiguration.educationEmploymentTraining.",
                published: PublishedColumnNames(value: "cl19_21_eet_percent", numerator: "cl19_21_eet_count",
                                                denominator: "cl19_21_total"),
                lait: "CareLeaverEET"),
        leavers("care_leavers.suitable_accommodation.age_17_18.percent", .young, "in suitable accommodation",
                numerator: "with a valid ACCOM code ending in 1", counter: .leavers17Suitable, field: "ACCOM",
                note: accommodation, published: PublishedColumnNames(value: "cl17_18_suitable_percent")),
        leavers("care_leavers.suitable_accommodation.age_19_21.percent", .old, "in suitable accommodation",
                numerator: "with a valid ACCOM code ending in 1", counter: .leavers19Suitable, field: "ACCOM",
                note: accommodation, published: PublishedColumnNames(value: "cl19_21_suitable_percent"),
                lait: "CareLeaverAcc"),
        leavers("care_leavers.in_touch.age_17_18.percent", .young, "in touch with the local authority",
                numerator: "with IN_TOUCH YES (NREQ is not in touch; a blank stays in the denominator)",
                counter: .leavers17InTouch, field: "IN_TOUCH", note: "In touch is AggregationConfiguration.inTouch."),
        leavers("care_leavers.in_touch.age_19_21.percent", .old, "in touch with the local authority",
                numerator: "with IN_TOUCH YES (NREQ is not in touch; a blank stays in the denominator)",
                counter: .leavers19InTouch, field: "IN_TOUCH",
                note: "In touch is AggregationConfiguration.inTouch. LAIT's CareLeavers_LA_NotInTouch is the share not in "
                    + "touch, so it is not this figure."),
        leavers("care_leavers.eet.age_17_21.percent", .all, "in education, employment or training",
                numerator: "with ACTIV F1, P1, F2, P2, F4, P4, F5 or P5", counter: .leaversEET, field: "ACTIV",
                note: "The activities are AggregationConfiguration.educationEmploymentTraining. " + together),
        leavers("care_leavers.suitable_accommodation.age_17_21.percent", .all, "in suitable accommodation",
                numerator: "with a valid ACCOM code ending in 1", counter: .leaversSuitable, field: "ACCOM",
                note: accommodation + " " + together
                    + " The Blackpool framework's OF4-15 (care leavers in suitable accommodation) is linked to it."),
        leavers("care_leavers.in_touch.age_17_21.percent", .all, "in touch with the local authority",
                numerator: "with IN_TOUCH YES (NREQ is not in touch; a blank stays in the denominator)",
                counter: .leaversInTouch, field: "IN_TOUCH",
                note: "In touch is AggregationConfiguration.inTouch. " + together
                    + " The Blackpool framework's OF4-11 (care leavers with whom we are in touch) is linked to it."),
    ]

    /// What the 17-21 indicators say of the two bands and of their source.
    private static let together = "Aged 17-21 together, the numerator and denominator are the sums of the 17-18 and "
        + "19-21 bands' (a young person is in one band only). The DfE publishes the two bands (children looked after "
        + "methodology, care leavers: former relevant young people, whose information is collected around their "
        + "birthday); LAIT's CareLeaverEET and CareLeaverAcc are the 19-21 band, so LAIT has no measure of all ages. "
        + "The 17-21 figure of an authority is the DfE's published counts of the two bands added."

    /// The age bands of the care-leaver indicators: 17-18, 19-21, and the two together.
    private enum Band {
        case young, old, all

        var ages: String {
            switch self {
            case .young: "17-18"
            case .old: "19-21"
            case .all: "17-21"
            }
        }

        var birthdays: String {
            switch self {
            case .young: "17th or 18th"
            case .old: "19th, 20th or 21st"
            case .all: "17th, 18th, 19th, 20th or 21st"
            }
        }

        var total: Counter {
            switch self {
            case .young: .leavers17Total
            case .old: .leavers19Total
            case .all: .leaversTotal
            }
        }
    }

    /// What the suitable-accommodation indicators say of ACCOM codes and of the published counts.
    private static let accommodation = "A valid ACCOM code is a type letter (B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y "
        + "or Z) and 1 (suitable) or 2 (unsuitable), or 0 (not known). 0, a blank or an invalid code is not known, not "
        + "suitable; an invalid code stays in the denominator and is reported as coverage invalid_code. The published "
        + "file's suitable counts do not reproduce the DfE's percentages (the DfE leaves young people whose "
        + "accommodation is not known out of its denominator, which the file does not carry), so only the percentage is "
        + "read."

    /// A care-leaver percentage of one age band.
    private static func leavers(_ id: IndicatorID, _ band: Band, _ what: String, numerator: String, counter: Counter,
                                field: String, note: String, published: PublishedColumnNames? = nil,
                                lait: String? = nil) -> Indicator {
        Indicator(
            id: id, title: "Care leavers aged \(band.ages) \(what)",
            unit: .percentage, decimals: 0, polarity: .higher, source: .ssda903, kind: .flow,
            definition: IndicatorDefinition(
                summary: "The share of care leavers who reached their \(band.birthdays) birthday in the period who were "
                    + "\(what).",
                numerator: "of the denominator, young people " + numerator,
                denominator: "OC3 young people whose \(band.birthdays) birthday falls in the period (age at the end at "
                    + "least the birthday's, age the day before the start below it; over a longer period the lower band wins)",
                exclusions: ["young people with IN_TOUCH DIED or RHOM (AggregationConfiguration.careLeaverExclusions), "
                    + "reported as coverage excluded"],
                records: "SSDA903 OC3 of the collection year containing the period end: \(field), IN_TOUCH, DOB (else the "
                    + "header's)",
                notes: [note, "A young person whose date of birth is unknown is reported as coverage birth_unknown."]),
            counting: .counters(counter, over: .counter(band.total),
                                coverage: [(.excluded, .leaversExcluded), (.birthUnknown, .oc3BirthUnknown)]),
            publishedColumns: published, laitMeasure: lait)
    }
}
