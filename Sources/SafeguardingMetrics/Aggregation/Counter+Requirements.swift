extension Counter {
    /// Whether the pass over referrals counts this counter (a conference is counted by it and by
    /// the pass over enquiries).
    var isCountedByReferralPass: Bool {
        switch self {
        case .referrals, .rereferrals, .referralsNFA, .cinOpenAtEnd, .cinStarted, .conferences, .conferenceChildren: true
        case .preProceedingsAtEnd, .preProceedingsStarted, .referralsFromSchool, .referralsFromHealth, .referralsFromPolice,
             .referralsNotInNeed, .cinOpenUnder3Months, .cinOpen3To6Months, .cinOpen6To12Months, .cinOpen1To2Years,
             .cinOpen2YearsOrMore, .cinEnded, .cinEndedUnder3Months, .cinEnded3To6Months, .cinEnded6To12Months,
             .cinEnded1To2Years, .cinEnded2YearsOrMore: true
        default: false
        }
    }

    /// The tables the passes count this counter from (the child table is always read). Written
    /// with `union` rather than array literals, so that asking allocates nothing.
    var tables: RequiredTables {
        switch self {
        case .referrals, .rereferrals, .referralsNFA, .cinOpenAtEnd, .cinStarted:
            .referrals
        case .preProceedingsAtEnd, .preProceedingsStarted, .referralsFromSchool, .referralsFromHealth, .referralsFromPolice,
             .referralsNotInNeed, .cinOpenUnder3Months, .cinOpen3To6Months, .cinOpen6To12Months, .cinOpen1To2Years,
             .cinOpen2YearsOrMore, .cinEnded, .cinEndedUnder3Months, .cinEnded3To6Months, .cinEnded6To12Months,
             .cinEnded1To2Years, .cinEnded2YearsOrMore:
            .referrals
        case .conferencesDays0To10, .conferencesDays11To15, .conferencesDays16To20, .conferencesDays21OrMore,
             .section47Children, .conferenceChildren:
            RequiredTables.referrals.union(.section47)
        case .childrenOnPlan3Months, .childrenOnPlanReviewed:
            .plans
        case .factorEpisodes, .factorAlcoholMisuseChild, .factorAlcoholMisuseParent, .factorAlcoholMisusePerson,
             .factorDrugMisuseChild, .factorDrugMisuseParent, .factorDrugMisusePerson, .factorDomesticAbuseChild,
             .factorDomesticAbuseParent, .factorDomesticAbusePerson, .factorMentalHealthChild,
             .factorMentalHealthParent, .factorMentalHealthPerson, .factorLearningDisabilityChild,
             .factorLearningDisabilityParent, .factorLearningDisabilityPerson, .factorPhysicalDisabilityChild,
             .factorPhysicalDisabilityParent, .factorPhysicalDisabilityPerson, .factorYoungCarer,
             .factorPrivatelyFostered, .factorUnaccompaniedAsylumSeeker, .factorGoingMissing,
             .factorChildSexualExploitation, .factorTrafficking, .factorGangs, .factorSociallyUnacceptableBehaviour,
             .factorSelfHarm, .factorNeglect, .factorEmotionalAbuse, .factorPhysicalAbuseUnknown,
             .factorPhysicalAbuseChildOnChild, .factorPhysicalAbuseAdultOnChild, .factorSexualAbuseUnknown,
             .factorSexualAbuseChildOnChild, .factorSexualAbuseAdultOnChild, .factorFemaleGenitalMutilation,
             .factorFaithLinkedAbuse, .factorChildCriminalExploitation, .factorOther:
            RequiredTables.referrals.union(.assessments)
        case .assessmentsAuthorised, .assessmentsWithin, .assessmentsNoStart, .assessmentsEndBeforeStart:
            RequiredTables.referrals.union(.assessments)
        case .section47Started, .section47LeadingToConference:
            RequiredTables.referrals.union(.section47)
        case .conferences, .conferencesLinked, .conferencesWithin, .conferencesBeforeEnquiry, .conferencesNoStart:
            RequiredTables.referrals.union(.section47)
        case .childrenOnPlanAtEnd, .plansStarted, .plansRepeat, .plansPreviousZeroContradicted,
             .plansEnded, .plansEndedLong, .plansOpenAtEnd, .plansOpenLong:
            .plans
        case .lookedAfterAtEnd, .startedCare, .ceasedCare, .ceasedReturnedHome, .ceasedReturnedHomeUnplanned, .ceasedAdopted,
             .ceasedSpecialGuardianship, .ceasedChildArrangements, .fosterAtEnd, .familyNetworkAtEnd, .residentialAtEnd,
             .farAtEnd, .distanceUnknownAtEnd, .placementInvalidAtEnd, .threeOrMorePlacements, .longTermEligible,
             .longTermStable, .birthUnknownAtEnd, .interimCareOrderAtEnd, .interimCareOrderLong, .lookedAfterDuring,
             .episodesEndBeforeStart, .episodesOverlapping:
            .careEpisodes
        case .wentMissing:
            RequiredTables.careEpisodes.union(.missingEpisodes)
        case .ceasedAdoptedUnopposed, .ceasedAdoptedConsentDispensed, .ceasedSGOFosterRelative, .ceasedSGOFosterOther,
             .ceasedSGOCarerRelative, .ceasedAt18Foster, .ceasedStayingPut, .secureHomesAtEnd, .supportedAccommodationAtEnd,
             .otherResidentialAtEnd, .otherPlacementAtEnd, .withParentsAtEnd, .placedForAdoptionAtEnd, .careOrderAtEnd,
             .placementOrderAtEnd, .voluntaryAtEnd, .uascAtEnd, .uascStarted:
            .careEpisodes
        case .adoptedPlaced, .adoptedCareToPlacedDays, .adoptedCareToCarersDays, .adoptedCareToAdoptedDays, .adoptedNotPlaced,
             .adoptedMatchedAfterOrder, .adoptedOrderToMatchDays, .adoptedNoOrder, .adoptedNoAD1, .adoptedMatchUnknown,
             .startedPreviousPermanence, .startedNoPermanenceRow,
             .adoptedDecidedAndMatched, .adoptedDecisionToMatchDays, .adoptedAD1Missing, .adoptedDecisionOrMatchUnknown:
            .careEpisodes
        case .wentAway, .missingIncidents, .awayIncidents:
            RequiredTables.careEpisodes.union(.missingEpisodes)
        case .oc2Total, .oc2HealthCheck, .oc2Immunised, .oc2TeethChecked, .oc2SubstanceMisuse,
             .oc2ConvictionAges, .oc2Convicted, .oc2DevelopmentAges, .oc2DevelopmentAssessed:
            .oc2
        case .leavers19HigherEducation, .leavers19NEET, .leavers19NotInTouch:
            .oc3
        case .sdqEligible, .sdqValid, .sdqSum, .sdqConcern, .sdqInvalidScore, .oc2BirthUnknown:
            .oc2
        case .leavers17Total, .leavers17EET, .leavers17Suitable, .leavers17InTouch,
             .leavers19Total, .leavers19EET, .leavers19Suitable, .leavers19InTouch,
             .leaversTotal, .leaversEET, .leaversSuitable, .leaversInTouch, .leaversExcluded, .oc3BirthUnknown:
            .oc3
        }
    }

    /// The breakdowns by a code of the record itself (not the child) that the passes give this
    /// counter's cells: a CIN record's primary need and referral source (a plan's are its
    /// referral's), a plan's categories of abuse, the placement at the period end.
    var recordBreakdowns: [Breakdown] {
        switch self {
        case .referrals, .rereferrals, .referralsNFA, .cinOpenAtEnd, .cinStarted,
             .assessmentsAuthorised, .assessmentsWithin, .assessmentsNoStart, .assessmentsEndBeforeStart,
             .section47Started, .section47LeadingToConference,
             .conferences, .conferencesLinked, .conferencesWithin, .conferencesBeforeEnquiry, .conferencesNoStart,
             .preProceedingsAtEnd, .preProceedingsStarted, .referralsFromSchool, .referralsFromHealth, .referralsFromPolice,
             .referralsNotInNeed, .cinOpenUnder3Months, .cinOpen3To6Months, .cinOpen6To12Months, .cinOpen1To2Years,
             .cinOpen2YearsOrMore, .cinEnded, .cinEndedUnder3Months, .cinEnded3To6Months, .cinEnded6To12Months,
             .cinEnded1To2Years, .cinEnded2YearsOrMore,
             .conferencesDays0To10, .conferencesDays11To15, .conferencesDays16To20, .conferencesDays21OrMore,
             .section47Children, .conferenceChildren,
             .factorEpisodes, .factorAlcoholMisuseChild, .factorAlcoholMisuseParent, .factorAlcoholMisusePerson,
             .factorDrugMisuseChild, .factorDrugMisuseParent, .factorDrugMisusePerson, .factorDomesticAbuseChild,
             .factorDomesticAbuseParent, .factorDomesticAbusePerson, .factorMentalHealthChild,
             .factorMentalHealthParent, .factorMentalHealthPerson, .factorLearningDisabilityChild,
             .factorLearningDisabilityParent, .factorLearningDisabilityPerson, .factorPhysicalDisabilityChild,
             .factorPhysicalDisabilityParent, .factorPhysicalDisabilityPerson, .factorYoungCarer,
             .factorPrivatelyFostered, .factorUnaccompaniedAsylumSeeker, .factorGoingMissing,
             .factorChildSexualExploitation, .factorTrafficking, .factorGangs, .factorSociallyUnacceptableBehaviour,
             .factorSelfHarm, .factorNeglect, .factorEmotionalAbuse, .factorPhysicalAbuseUnknown,
             .factorPhysicalAbuseChildOnChild, .factorPhysicalAbuseAdultOnChild, .factorSexualAbuseUnknown,
             .factorSexualAbuseChildOnChild, .factorSexualAbuseAdultOnChild, .factorFemaleGenitalMutilation,
             .factorFaithLinkedAbuse, .factorChildCriminalExploitation, .factorOther:
            [.primaryNeed, .referralSource]
        case .childrenOnPlanAtEnd, .plansStarted, .plansRepeat, .plansPreviousZeroContradicted,
             .plansEnded, .plansEndedLong, .plansOpenAtEnd, .plansOpenLong, .childrenOnPlan3Months, .childrenOnPlanReviewed:
            [.primaryNeed, .referralSource, .initialCategoryOfAbuse, .latestCategoryOfAbuse]
        case .lookedAfterAtEnd, .fosterAtEnd, .familyNetworkAtEnd, .residentialAtEnd, .farAtEnd, .distanceUnknownAtEnd,
             .placementInvalidAtEnd, .threeOrMorePlacements, .longTermEligible, .longTermStable, .birthUnknownAtEnd,
             .interimCareOrderAtEnd, .interimCareOrderLong:
            [.primaryNeed, .placementGroup]
        case .secureHomesAtEnd, .supportedAccommodationAtEnd, .otherResidentialAtEnd, .otherPlacementAtEnd, .withParentsAtEnd,
             .placedForAdoptionAtEnd, .careOrderAtEnd, .placementOrderAtEnd, .voluntaryAtEnd, .uascAtEnd:
            [.primaryNeed, .placementGroup]
        case .ceasedAdoptedUnopposed, .ceasedAdoptedConsentDispensed, .ceasedSGOFosterRelative, .ceasedSGOFosterOther,
             .ceasedSGOCarerRelative, .ceasedAt18Foster, .ceasedStayingPut, .wentAway, .missingIncidents, .awayIncidents,
             .uascStarted,
             .adoptedPlaced, .adoptedCareToPlacedDays, .adoptedCareToCarersDays, .adoptedCareToAdoptedDays, .adoptedNotPlaced,
             .adoptedMatchedAfterOrder, .adoptedOrderToMatchDays, .adoptedNoOrder, .adoptedNoAD1, .adoptedMatchUnknown,
             .startedPreviousPermanence, .startedNoPermanenceRow,
             .adoptedDecidedAndMatched, .adoptedDecisionToMatchDays, .adoptedAD1Missing, .adoptedDecisionOrMatchUnknown,
             .oc2Total, .oc2HealthCheck, .oc2Immunised, .oc2TeethChecked, .oc2SubstanceMisuse,
             .oc2ConvictionAges, .oc2Convicted, .oc2DevelopmentAges, .oc2DevelopmentAssessed,
             .leavers19HigherEducation, .leavers19NEET, .leavers19NotInTouch:
            []
        case .startedCare, .ceasedCare, .ceasedReturnedHome, .ceasedReturnedHomeUnplanned, .ceasedAdopted,
             .ceasedSpecialGuardianship, .ceasedChildArrangements, .lookedAfterDuring, .wentMissing, .episodesEndBeforeStart, .episodesOverlapping,
             .sdqEligible, .sdqValid, .sdqSum, .sdqConcern, .sdqInvalidScore, .oc2BirthUnknown,
             .leavers17Total, .leavers17EET, .leavers17Suitable, .leavers17InTouch,
             .leavers19Total, .leavers19EET, .leavers19Suitable, .leavers19InTouch,
             .leaversTotal, .leaversEET, .leaversSuitable, .leaversInTouch, .leaversExcluded, .oc3BirthUnknown:
            []
        }
    }

    /// Whether the counter depends on postcode positions.
    var needsPostcodes: Bool {
        self == .farAtEnd || self == .distanceUnknownAtEnd
    }
}
