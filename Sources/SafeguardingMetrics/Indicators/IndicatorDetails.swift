/// The parts of an ``Indicator`` that results carry but the computation does not read: its
/// definition in words, published columns, LAIT measure and counting, kept behind one immutable
/// reference.
///
/// Every ``IndicatorResult`` holds its indicator, so copying one must be cheap: with these parts
/// in one object, a copy retains it once rather than each of a dozen strings and arrays. The
/// object is never changed; setting a part on an indicator replaces it, which is rare.
@usableFromInline
final class IndicatorDetails: Sendable, Hashable {
    let definition: IndicatorDefinition
    let publishedColumns: PublishedColumnNames?
    let laitMeasure: String?
    let counting: IndicatorCounting

    init(definition: IndicatorDefinition, publishedColumns: PublishedColumnNames?, laitMeasure: String?,
         counting: IndicatorCounting) {
        self.definition = definition
        self.publishedColumns = publishedColumns
        self.laitMeasure = laitMeasure
        self.counting = counting
    }

    /// A copy with some parts replaced.
    func with(definition: IndicatorDefinition? = nil, publishedColumns: PublishedColumnNames?? = nil,
              laitMeasure: String?? = nil, counting: IndicatorCounting? = nil) -> IndicatorDetails {
        IndicatorDetails(definition: definition ?? self.definition, publishedColumns: publishedColumns ?? self.publishedColumns,
                         laitMeasure: laitMeasure ?? self.laitMeasure, counting: counting ?? self.counting)
    }

    @usableFromInline
    static func == (lhs: IndicatorDetails, rhs: IndicatorDetails) -> Bool {
        lhs === rhs || (lhs.definition == rhs.definition && lhs.publishedColumns == rhs.publishedColumns
                        && lhs.laitMeasure == rhs.laitMeasure && lhs.counting == rhs.counting)
    }

    @usableFromInline
    func hash(into hasher: inout Hasher) {
        hasher.combine(definition)
        hasher.combine(publishedColumns)
        hasher.combine(laitMeasure)
        hasher.combine(counting)
    }
}
