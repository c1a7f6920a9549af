/// Factors identified at the end of an assessment (`AssessmentFactors` in the CIN census), from
/// the census guide's code list (2025-26: physical and sexual abuse split into unknown, child on
/// child and adult on child; child criminal exploitation from 2022-23).
///
/// An assessment records any number of them; the cohort keeps them as a bit mask per assessment
/// (`AssessmentTable.factors`), bit `i` for raw value `i`, so every code fits in one word.
public enum AssessmentFactorCodes: CodeListDefinition {
    /// The codes.
    public static let list = CodeList(name: "factor identified at assessment", [
        ("1A", "Alcohol misuse: the child"), ("1B", "Alcohol misuse: the parent(s)/carer(s)"),
        ("1C", "Alcohol misuse: another person living in the household"),
        ("2A", "Drug misuse: the child"), ("2B", "Drug misuse: the parent(s)/carer(s)"),
        ("2C", "Drug misuse: another person living in the household"),
        ("3A", "Domestic abuse: the child the subject"), ("3B", "Domestic abuse: the parent(s)/carer(s) the subject"),
        ("3C", "Domestic abuse: another person living in the household the subject"),
        ("4A", "Mental health: the child"), ("4B", "Mental health: the parent(s)/carer(s)"),
        ("4C", "Mental health: another person in the family/household"),
        ("5A", "Learning disability: the child"), ("5B", "Learning disability: the parent(s)/carer(s)"),
        ("5C", "Learning disability: another person in the family/household"),
        ("6A", "Physical disability or illness: the child"), ("6B", "Physical disability or illness: the parent(s)/carer(s)"),
        ("6C", "Physical disability or illness: another person in the family/household"),
        ("7A", "Young carer"),
        ("8B", "Privately fostered: overseas children who intend to return"),
        ("8C", "Privately fostered: overseas children who intend to stay"),
        ("8D", "Privately fostered: UK children in educational placements"),
        ("8E", "Privately fostered: UK children making alternative family arrangements"),
        ("8F", "Privately fostered: other"),
        ("9A", "Unaccompanied asylum-seeking child"), ("10A", "Going or being missing"),
        ("11A", "Child sexual exploitation"), ("12A", "Trafficking"), ("13A", "Gangs"),
        ("14A", "Socially unacceptable behaviour"), ("15A", "Self-harm"), ("16A", "Neglect"), ("17A", "Emotional abuse"),
        ("18A", "Physical abuse"), ("18B", "Physical abuse: child on child"), ("18C", "Physical abuse: adult on child"),
        ("19A", "Sexual abuse"), ("19B", "Sexual abuse: child on child"), ("19C", "Sexual abuse: adult on child"),
        ("20", "Other"), ("21", "No factors identified"), ("22A", "Female genital mutilation"),
        ("23A", "Abuse linked to faith or belief"), ("24A", "Child criminal exploitation"),
    ])
}
