/// The integer counters of an ``IndicatorAggregate``: one slot per counter, per area and
/// breakdown cell. Indicators are ratios of these counters; coverage counts are counters too.
@usableFromInline
enum Counter: Int, CaseIterable, Sendable {
    // CIN census.
    case referrals, rereferrals, referralsNFA, cinOpenAtEnd, cinStarted
    case assessmentsAuthorised, assessmentsWithin, assessmentsNoStart, assessmentsEndBeforeStart
    case section47Started, section47LeadingToConference
    case conferences, conferencesLinked, conferencesWithin, conferencesBeforeEnquiry, conferencesNoStart
    case childrenOnPlanAtEnd, plansStarted, plansRepeat, plansPreviousZeroContradicted
    case plansEnded, plansEndedLong, plansOpenAtEnd, plansOpenLong
    // CIN census, issue 20: pre-proceedings, referral sources, durations, conference bands, reviews.
    case preProceedingsAtEnd, preProceedingsStarted
    case referralsFromSchool, referralsFromHealth, referralsFromPolice, referralsNotInNeed
    case cinOpenUnder3Months, cinOpen3To6Months, cinOpen6To12Months, cinOpen1To2Years, cinOpen2YearsOrMore
    case cinEnded, cinEndedUnder3Months, cinEnded3To6Months, cinEnded6To12Months, cinEnded1To2Years, cinEnded2YearsOrMore
    case conferencesDays0To10, conferencesDays11To15, conferencesDays16To20, conferencesDays21OrMore
    case childrenOnPlan3Months, childrenOnPlanReviewed, section47Children, conferenceChildren
    // CIN census, issue 20: episodes with factors identified at the end of assessment, and with
    // each of the DfE's factor columns (AssessmentFactorGroup.all, in order).
    case factorEpisodes, factorAlcoholMisuseChild, factorAlcoholMisuseParent, factorAlcoholMisusePerson
    case factorDrugMisuseChild, factorDrugMisuseParent, factorDrugMisusePerson, factorDomesticAbuseChild
    case factorDomesticAbuseParent, factorDomesticAbusePerson, factorMentalHealthChild, factorMentalHealthParent
    case factorMentalHealthPerson, factorLearningDisabilityChild, factorLearningDisabilityParent
    case factorLearningDisabilityPerson, factorPhysicalDisabilityChild, factorPhysicalDisabilityParent
    case factorPhysicalDisabilityPerson, factorYoungCarer, factorPrivatelyFostered, factorUnaccompaniedAsylumSeeker
    case factorGoingMissing, factorChildSexualExploitation, factorTrafficking, factorGangs
    case factorSociallyUnacceptableBehaviour, factorSelfHarm, factorNeglect, factorEmotionalAbuse
    case factorPhysicalAbuseUnknown, factorPhysicalAbuseChildOnChild, factorPhysicalAbuseAdultOnChild
    case factorSexualAbuseUnknown, factorSexualAbuseChildOnChild, factorSexualAbuseAdultOnChild
    case factorFemaleGenitalMutilation, factorFaithLinkedAbuse, factorChildCriminalExploitation, factorOther
    // SSDA903 episodes.
    case lookedAfterAtEnd, startedCare, ceasedCare
    case ceasedReturnedHome, ceasedReturnedHomeUnplanned, ceasedAdopted, ceasedSpecialGuardianship, ceasedChildArrangements
    case fosterAtEnd, familyNetworkAtEnd, residentialAtEnd, farAtEnd, distanceUnknownAtEnd, placementInvalidAtEnd
    case threeOrMorePlacements, longTermEligible, longTermStable, birthUnknownAtEnd
    case interimCareOrderAtEnd, interimCareOrderLong
    case lookedAfterDuring, wentMissing
    case ceasedAdoptedUnopposed, ceasedAdoptedConsentDispensed
    case ceasedSGOFosterRelative, ceasedSGOFosterOther, ceasedSGOCarerRelative
    case ceasedAt18Foster, ceasedStayingPut
    case secureHomesAtEnd, supportedAccommodationAtEnd, otherResidentialAtEnd, otherPlacementAtEnd, withParentsAtEnd
    case placedForAdoptionAtEnd, careOrderAtEnd, placementOrderAtEnd, voluntaryAtEnd
    case wentAway, missingIncidents, awayIncidents
    case uascAtEnd, uascStarted
    // SSDA903 adoption tables (issue 21): days are summed, children counted.
    case adoptedPlaced, adoptedCareToPlacedDays, adoptedCareToCarersDays, adoptedCareToAdoptedDays, adoptedNotPlaced
    case adoptedMatchedAfterOrder, adoptedOrderToMatchDays, adoptedNoOrder, adoptedNoAD1, adoptedMatchUnknown
    case startedPreviousPermanence, startedNoPermanenceRow
    case adoptedDecidedAndMatched, adoptedDecisionToMatchDays, adoptedAD1Missing, adoptedDecisionOrMatchUnknown
    case episodesEndBeforeStart, episodesOverlapping
    // OC2.
    case sdqEligible, sdqValid, sdqSum, sdqConcern, sdqInvalidScore, oc2BirthUnknown
    case oc2Total, oc2HealthCheck, oc2Immunised, oc2TeethChecked, oc2SubstanceMisuse
    case oc2ConvictionAges, oc2Convicted, oc2DevelopmentAges, oc2DevelopmentAssessed
    // OC3.
    case leavers17Total, leavers17EET, leavers17Suitable, leavers17InTouch
    case leavers19Total, leavers19EET, leavers19Suitable, leavers19InTouch
    case leaversTotal, leaversEET, leaversSuitable, leaversInTouch
    case leaversExcluded, oc3BirthUnknown
    case leavers19HigherEducation, leavers19NEET, leavers19NotInTouch

    /// The number of counters.
    @usableFromInline static let count = Counter.allCases.count
}
