extension IndicatorComputation {
    /// Counts one OC2 row's yes/no outcomes: every row in the health and substance misuse
    /// denominators, children of the conviction ages (10-17) and of the development assessment
    /// ages (0-4) at the period end in theirs, and each outcome that is yes in its numerator.
    @inline(__always)
    func countOC2Outcomes<Sink: CountingSink>(_ outcomes: OC2Outcomes, age: Int, area: Int, cell: Int, into sink: Sink) {
        let configuration = request.configuration
        sink.add(.oc2Total, area: area, cell: cell)
        if outcomes.contains(.healthCheck) { sink.add(.oc2HealthCheck, area: area, cell: cell) }
        if outcomes.contains(.immunised) { sink.add(.oc2Immunised, area: area, cell: cell) }
        if outcomes.contains(.teethChecked) { sink.add(.oc2TeethChecked, area: area, cell: cell) }
        if outcomes.contains(.substanceMisuse) { sink.add(.oc2SubstanceMisuse, area: area, cell: cell) }
        if configuration.convictionAges.contains(age) {
            sink.add(.oc2ConvictionAges, area: area, cell: cell)
            if outcomes.contains(.convicted) { sink.add(.oc2Convicted, area: area, cell: cell) }
        }
        if configuration.developmentAssessmentAges.contains(age) {
            sink.add(.oc2DevelopmentAges, area: area, cell: cell)
            if outcomes.contains(.developmentAssessed) { sink.add(.oc2DevelopmentAssessed, area: area, cell: cell) }
        }
    }

    /// Counts a care leaver of the 19-21 band (already in its total) by activity and contact:
    /// higher education, not in education, employment or training, and the authority not in touch.
    @inline(__always)
    func countLeaverDetail<Sink: CountingSink>(row: Int, area: Int, cell: Int, into sink: Sink) {
        let oc3 = request.cohort.oc3
        let configuration = request.configuration
        let activity = oc3.activity[row]
        if configuration.higherEducation.contains(raw: activity) { sink.add(.leavers19HigherEducation, area: area, cell: cell) }
        if configuration.notInEducationEmploymentTraining.contains(raw: activity) {
            sink.add(.leavers19NEET, area: area, cell: cell)
        }
        if configuration.notInTouch.contains(raw: oc3.inTouch[row]) { sink.add(.leavers19NotInTouch, area: area, cell: cell) }
    }
}
