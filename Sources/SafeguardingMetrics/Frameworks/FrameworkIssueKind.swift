/// What is wrong with, or worth knowing about, a framework row: the kinds of validation findings,
/// reading problems and scorecard issues.
///
/// The raw values are the stable snake-case codes used in JSON. Each kind has a fixed
/// ``severity``.
///
/// ```swift
/// FrameworkIssueKind.scaleMismatch.rawValue   // "scale_mismatch"
/// FrameworkIssueKind.scaleMismatch.severity   // .error
/// ```
@frozen
public enum FrameworkIssueKind: String, Sendable, Hashable, CaseIterable, Codable {
    // Validation (OutcomesFramework.validate(against:)).

    /// A value written on a scale that does not match the unit (`400/100000` for a rate per 10,000).
    case scaleMismatch = "scale_mismatch"
    /// A cell that is not a value, blank or TBC.
    case unreadableValue = "unreadable_value"
    /// A percentage above 100.
    case percentageOver100 = "percentage_over_100"
    /// A numerator above its denominator.
    case numeratorAboveDenominator = "numerator_above_denominator"
    /// A value that differs, at display precision, from its own numerator and denominator.
    case valueDisagreesWithCounts = "value_disagrees_with_counts"
    /// A row whose identifier an earlier row already has.
    case duplicateID = "duplicate_id"
    /// Two values of the same kind at the same date.
    case duplicatePoint = "duplicate_point"
    /// A target dated before the baseline.
    case targetBeforeBaseline = "target_before_baseline"
    /// A row with values but no baseline value.
    case missingBaseline = "missing_baseline"
    /// A row with baseline values at more than one date.
    case multipleBaselines = "multiple_baselines"
    /// A row with no values at all (every cell blank or TBC).
    case noValues = "no_values"
    /// A typed-in actual that differs, at display precision, from the computed one.
    case disagreesWithComputed = "disagrees_with_computed"
    /// A computed actual in a unit other than the row's; it is not used.
    case computedUnitMismatch = "computed_unit_mismatch"

    // Plausibility (a value that reads, but is probably on another scale).

    /// A percentage written as a fraction (`0.21` for 21%).
    case looksLikeFraction = "looks_like_fraction"
    /// A rate that looks as if it were written on another scale (per 100,000 or per 100 in a
    /// row of rates per 10,000).
    case looksLikeOtherScale = "looks_like_other_scale"
    /// A count with a fractional part.
    case countWithDecimals = "count_with_decimals"

    // Linking.

    /// A `computed_id` that names no indicator of the catalogue; the row is not linked.
    case unknownComputedID = "unknown_computed_id"

    // Reading (reported by the file readers; the row or column is left out).

    /// A unit the reader does not know; the row is not loaded.
    case unknownUnit = "unknown_unit"
    /// A polarity the reader does not know; the row is not loaded.
    case unknownPolarity = "unknown_polarity"
    /// A comparator the reader does not know; the row is loaded without one.
    case unknownComparator = "unknown_comparator"
    /// A basis or target basis the reader does not know; the default is used.
    case unknownBasis = "unknown_basis"
    /// A display precision that is not a whole number 0 through 6; it is inferred instead.
    case invalidDecimals = "invalid_decimals"
    /// A numerator or denominator that is not a whole number of 0 or more; it is left out.
    case invalidCount = "invalid_count"
    /// A row with no identifier; it is not loaded.
    case missingID = "missing_id"
    /// A column the reader does not recognise; it is ignored.
    case unrecognisedColumn = "unrecognised_column"

    // Scorecard.

    /// No target given (a blank cell) at a date.
    case blankTarget = "blank_target"
    /// A target marked TBC: actuals due against it get no status.
    case tbcTarget = "tbc_target"
    /// No actual given (a blank cell) at a date on or before the scorecard date.
    case blankActual = "blank_actual"
    /// An actual marked TBC.
    case tbcActual = "tbc_actual"
    /// An actual dated after the scorecard date; it is not used.
    case actualAfterDate = "actual_after_date"
    /// A computed actual with a zero denominator.
    case computedUndefined = "computed_undefined"
    /// An actual with no target or trajectory value to be judged against.
    case noAim = "no_aim"
    /// The significance rule could not compare the actual with its comparator.
    case noSignificance = "no_significance"
    /// A computed actual for a period the returns do not hold; the typed-in actual, if any, is used.
    case computedNotCovered = "computed_not_covered"
    /// A computed flow actual from returns that hold only part of its period; it is not judged.
    case computedPartial = "computed_partial"

    /// How serious the kind is.
    public var severity: DataProblem.Severity {
        switch self {
        case .scaleMismatch, .unreadableValue, .percentageOver100, .numeratorAboveDenominator, .duplicateID,
             .duplicatePoint, .targetBeforeBaseline, .unknownUnit, .unknownPolarity, .missingID, .unknownComputedID:
            .error
        case .valueDisagreesWithCounts, .missingBaseline, .multipleBaselines, .noValues, .disagreesWithComputed,
             .computedUnitMismatch, .unknownComparator, .invalidDecimals, .invalidCount, .unrecognisedColumn,
             .computedUndefined, .noAim, .noSignificance, .unknownBasis, .computedNotCovered, .computedPartial,
             .looksLikeFraction, .looksLikeOtherScale, .countWithDecimals:
            .warning
        case .blankTarget, .tbcTarget, .blankActual, .tbcActual, .actualAfterDate:
            .info
        }
    }
}
