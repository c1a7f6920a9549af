/// A factor, or group of factor codes, the DfE publishes the number of CIN episodes for in its
/// table of factors identified at the end of assessment (c3): one column of that table, the codes
/// it counts, and the counter of the episodes that have it.
///
/// This list is the one definition of the factor measures: the indicators
/// (``IndicatorFamily/assessmentFactorIndicators``), the pass that counts them and the masks it
/// tests are all made from it.
struct AssessmentFactorGroup: Sendable {
    /// The DfE's column (c3), such as `Domestic_Abuse_parent`.
    let column: String
    /// The key in the indicator's identifier, such as `domestic_abuse_parent`.
    let key: String
    /// What the factor is, in words for a title ("domestic abuse with a parent or carer the subject").
    let words: String
    /// The ``AssessmentFactorCodes`` the column counts.
    let codes: [String]
    /// The counter of episodes with one of the codes.
    let counter: Counter

    /// The codes as a mask of ``AssessmentTable/factors``.
    var mask: UInt64 { CodeSet<AssessmentFactorCodes>(codes).words.0 }

    /// Every column of the DfE's table, in its order.
    static let all: [AssessmentFactorGroup] = [
        AssessmentFactorGroup(column: "Alcohol_Misuse_child", key: "alcohol_misuse_child",
                              words: "alcohol misuse by the child", codes: ["1A"], counter: .factorAlcoholMisuseChild),
        AssessmentFactorGroup(column: "Alcohol_Misuse_parent", key: "alcohol_misuse_parent",
                              words: "alcohol misuse by a parent or carer",
                              codes: ["1B"], counter: .factorAlcoholMisuseParent),
        AssessmentFactorGroup(column: "Alcohol_Misuse_person", key: "alcohol_misuse_person",
                              words: "alcohol misuse by another person in the household",
                              codes: ["1C"], counter: .factorAlcoholMisusePerson),
        AssessmentFactorGroup(column: "Drug_Misuse_child", key: "drug_misuse_child",
                              words: "drug misuse by the child", codes: ["2A"], counter: .factorDrugMisuseChild),
        AssessmentFactorGroup(column: "Drug_Misuse_parent", key: "drug_misuse_parent",
                              words: "drug misuse by a parent or carer",
                              codes: ["2B"], counter: .factorDrugMisuseParent),
        AssessmentFactorGroup(column: "Drug_Misuse_person", key: "drug_misuse_person",
                              words: "drug misuse by another person in the household",
                              codes: ["2C"], counter: .factorDrugMisusePerson),
        AssessmentFactorGroup(column: "Domestic_Abuse_child", key: "domestic_abuse_child",
                              words: "domestic abuse with the child the subject",
                              codes: ["3A"], counter: .factorDomesticAbuseChild),
        AssessmentFactorGroup(column: "Domestic_Abuse_parent", key: "domestic_abuse_parent",
                              words: "domestic abuse with a parent or carer the subject",
                              codes: ["3B"], counter: .factorDomesticAbuseParent),
        AssessmentFactorGroup(column: "Domestic_Abuse_person", key: "domestic_abuse_person",
                              words: "domestic abuse with another person in the household the subject",
                              codes: ["3C"], counter: .factorDomesticAbusePerson),
        AssessmentFactorGroup(column: "Mental_Health_child", key: "mental_health_child",
                              words: "the mental health of the child",
                              codes: ["4A"], counter: .factorMentalHealthChild),
        AssessmentFactorGroup(column: "Mental_Health_parent", key: "mental_health_parent",
                              words: "the mental health of a parent or carer",
                              codes: ["4B"], counter: .factorMentalHealthParent),
        AssessmentFactorGroup(column: "Mental_Health_person", key: "mental_health_person",
                              words: "the mental health of another person in the household",
                              codes: ["4C"], counter: .factorMentalHealthPerson),
        AssessmentFactorGroup(column: "Learning_Disability_child", key: "learning_disability_child",
                              words: "a learning disability of the child",
                              codes: ["5A"], counter: .factorLearningDisabilityChild),
        AssessmentFactorGroup(column: "Learning_Disability_parent", key: "learning_disability_parent",
                              words: "a learning disability of a parent or carer",
                              codes: ["5B"], counter: .factorLearningDisabilityParent),
        AssessmentFactorGroup(column: "Learning_Disability_person", key: "learning_disability_person",
                              words: "a learning disability of another person in the household",
                              codes: ["5C"], counter: .factorLearningDisabilityPerson),
        AssessmentFactorGroup(column: "Physical_Disability_child", key: "physical_disability_child",
                              words: "a physical disability or illness of the child",
                              codes: ["6A"], counter: .factorPhysicalDisabilityChild),
        AssessmentFactorGroup(column: "Physical_Disability_parent", key: "physical_disability_parent",
                              words: "a physical disability or illness of a parent or carer",
                              codes: ["6B"], counter: .factorPhysicalDisabilityParent),
        AssessmentFactorGroup(column: "Physical_Disability_person", key: "physical_disability_person",
                              words: "a physical disability or illness of another person in the household",
                              codes: ["6C"], counter: .factorPhysicalDisabilityPerson),
        AssessmentFactorGroup(column: "Young_Carer", key: "young_carer",
                              words: "a young carer", codes: ["7A"], counter: .factorYoungCarer),
        AssessmentFactorGroup(column: "Privately_fostered", key: "privately_fostered",
                              words: "private fostering",
                              codes: ["8B", "8C", "8D", "8E", "8F"], counter: .factorPrivatelyFostered),
        AssessmentFactorGroup(column: "Unaccompanied_asylum_seeker", key: "unaccompanied_asylum_seeker",
                              words: "an unaccompanied asylum-seeking child",
                              codes: ["9A"], counter: .factorUnaccompaniedAsylumSeeker),
        AssessmentFactorGroup(column: "Going_missing", key: "going_missing",
                              words: "going or being missing", codes: ["10A"], counter: .factorGoingMissing),
        AssessmentFactorGroup(column: "Child_sexual_exploitation", key: "child_sexual_exploitation",
                              words: "child sexual exploitation",
                              codes: ["11A"], counter: .factorChildSexualExploitation),
        AssessmentFactorGroup(column: "Trafficking", key: "trafficking",
                              words: "trafficking", codes: ["12A"], counter: .factorTrafficking),
        AssessmentFactorGroup(column: "Gangs", key: "gangs", words: "gangs", codes: ["13A"], counter: .factorGangs),
        AssessmentFactorGroup(column: "Socially_unacceptable_behaviour", key: "socially_unacceptable_behaviour",
                              words: "socially unacceptable behaviour",
                              codes: ["14A"], counter: .factorSociallyUnacceptableBehaviour),
        AssessmentFactorGroup(column: "Self_harm", key: "self_harm",
                              words: "self-harm", codes: ["15A"], counter: .factorSelfHarm),
        AssessmentFactorGroup(column: "Neglect", key: "neglect",
                              words: "neglect", codes: ["16A"], counter: .factorNeglect),
        AssessmentFactorGroup(column: "Emotional_Abuse", key: "emotional_abuse",
                              words: "emotional abuse", codes: ["17A"], counter: .factorEmotionalAbuse),
        AssessmentFactorGroup(column: "Physical_Abuse_unknown", key: "physical_abuse_unknown",
                              words: "physical abuse (who by not recorded)",
                              codes: ["18A"], counter: .factorPhysicalAbuseUnknown),
        AssessmentFactorGroup(column: "Physical_Abuse_child_on_child", key: "physical_abuse_child_on_child",
                              words: "physical abuse by another child",
                              codes: ["18B"], counter: .factorPhysicalAbuseChildOnChild),
        AssessmentFactorGroup(column: "Physical_Abuse_adult_on_child", key: "physical_abuse_adult_on_child",
                              words: "physical abuse by an adult",
                              codes: ["18C"], counter: .factorPhysicalAbuseAdultOnChild),
        AssessmentFactorGroup(column: "Sexual_Abuse_unknown", key: "sexual_abuse_unknown",
                              words: "sexual abuse (who by not recorded)",
                              codes: ["19A"], counter: .factorSexualAbuseUnknown),
        AssessmentFactorGroup(column: "Sexual_Abuse_child_on_child", key: "sexual_abuse_child_on_child",
                              words: "sexual abuse by another child",
                              codes: ["19B"], counter: .factorSexualAbuseChildOnChild),
        AssessmentFactorGroup(column: "Sexual_Abuse_adult_on_child", key: "sexual_abuse_adult_on_child",
                              words: "sexual abuse by an adult",
                              codes: ["19C"], counter: .factorSexualAbuseAdultOnChild),
        AssessmentFactorGroup(column: "Female_Genital_Mutilation", key: "female_genital_mutilation",
                              words: "female genital mutilation",
                              codes: ["22A"], counter: .factorFemaleGenitalMutilation),
        AssessmentFactorGroup(column: "Faith_linked_abuse", key: "faith_linked_abuse",
                              words: "abuse linked to faith or belief",
                              codes: ["23A"], counter: .factorFaithLinkedAbuse),
        AssessmentFactorGroup(column: "Child_criminal_exploitation", key: "child_criminal_exploitation",
                              words: "child criminal exploitation",
                              codes: ["24A"], counter: .factorChildCriminalExploitation),
        AssessmentFactorGroup(column: "Other", key: "other",
                              words: "another factor (code 20)", codes: ["20"], counter: .factorOther),
    ]

    /// Each column's mask and counter, for the pass over assessments.
    static let masks: [(mask: UInt64, counter: Counter)] = all.map { ($0.mask, $0.counter) }

    /// The codes that are a factor: every code but 21 (no factors identified); bit 0 (a code not in
    /// the list) is not one either.
    static let factorMask: UInt64 = CodeSet<AssessmentFactorCodes>(
        AssessmentFactorCodes.list.codes.filter { $0 != "21" }).words.0
}
