/// A confidence level and its two-sided normal critical value.
///
/// The critical value is z = Φ⁻¹(1 − α/2) with α = 1 − `level`, computed with Wichura's
/// algorithm AS 241 (accurate to about 1e-16), so any level can be used, not just the two
/// that Fingertips publishes. The two standard levels are provided as constants:
/// 95% (z ≈ 1.959963985) and 99.8% (z ≈ 3.090232306), the usual control limits of
/// public-health funnel plots.
///
/// ```swift
/// let level = ConfidenceLevel(0.99)
/// print(level.z)                         // 2.5758293035489...
/// print(ConfidenceLevel.ninetyFive.z)    // 1.9599639845400536
/// ```
@frozen
public struct ConfidenceLevel: Sendable, Hashable {
    /// The confidence level as a fraction strictly between 0 and 1, for example `0.95`.
    public let level: Double

    /// The two-sided standard normal critical value Φ⁻¹(1 − (1 − level)/2),
    /// for example 1.959963985 at the 95% level.
    public let z: Double

    /// Creates a confidence level and computes its two-sided normal critical value.
    ///
    /// - Parameter level: The confidence level as a fraction, for example `0.95` for 95%.
    /// - Precondition: `0 < level < 1`.
    ///
    /// ```swift
    /// ConfidenceLevel(0.9).z   // 1.6448536269514...
    /// ```
    public init(_ level: Double) {
        precondition(level > 0 && level < 1, "confidence level must be strictly between 0 and 1")
        self.level = level
        // Φ⁻¹(1 − α/2) = −Φ⁻¹(α/2): working from the small tail keeps full precision.
        self.z = -SpecialFunctions.normalQuantile((1 - level) / 2)
    }

    /// The 95% confidence level (z ≈ 1.959963985), Fingertips' default for indicator values.
    public static let ninetyFive = ConfidenceLevel(0.95)

    /// The 99.8% confidence level (z ≈ 3.090232306), used for the outer funnel-plot limits.
    public static let ninetyNinePointEight = ConfidenceLevel(0.998)
}
