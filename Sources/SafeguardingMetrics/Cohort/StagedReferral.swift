/// A CIN referral staged in a ``CohortBuilder``: what its assessments, section 47 enquiries and
/// child protection plans name as their referral.
///
/// Not a row of the built ``ReferralTable``: building keeps one referral per record key, and maps
/// every staged referral (the survivor and those it replaced) to the survivor's row, so that the
/// records of a referral given in two returns stay together. A typed index, so that a referral
/// cannot be passed where a child is expected.
@frozen
public struct StagedReferral: Hashable, Sendable {
    /// The referral's index among the referrals staged so far.
    public var rawValue: Int32

    /// The staged referral with index `rawValue`.
    @inlinable
    public init(rawValue: Int32) { self.rawValue = rawValue }
}
