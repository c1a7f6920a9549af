/// The scale of a ``Rate``: what the ratio numerator/denominator is multiplied by.
///
/// Scales are types, not values, so a rate per 10,000 and a percentage are different types and
/// cannot be mixed by mistake.
public protocol RateScale: Sendable {
    /// The multiplier: 10,000 for a rate per 10,000, 100 for a percentage.
    static var multiplier: Int64 { get }
    /// The unit a value on this scale is measured in.
    static var unit: MeasureUnit { get }
}

/// A scale for rates of a population (children per 10,000 or per 100,000 children).
///
/// Rates on two population scales describe the same quantity, so they convert into each other
/// (``Rate/converted(to:)``). A percentage is a share of a group, not of a population, and does
/// not convert.
public protocol PopulationRateScale: RateScale {}

/// Per 10,000: the scale of DfE children's social care rates (referrals, CIN, CPP, CLA).
public enum PerTenThousand: PopulationRateScale {
    /// 10,000.
    public static var multiplier: Int64 { 10_000 }
    /// ``MeasureUnit/ratePer10k``.
    public static var unit: MeasureUnit { .ratePer10k }
}

/// Per 100,000: the scale some public-health and youth-justice indicators use.
public enum PerHundredThousand: PopulationRateScale {
    /// 100,000.
    public static var multiplier: Int64 { 100_000 }
    /// ``MeasureUnit/ratePer100k``.
    public static var unit: MeasureUnit { .ratePer100k }
}

/// Per 100: percentages (re-referrals, timeliness, placement stability).
public enum PerHundred: RateScale {
    /// 100.
    public static var multiplier: Int64 { 100 }
    /// ``MeasureUnit/percentage``.
    public static var unit: MeasureUnit { .percentage }
}
