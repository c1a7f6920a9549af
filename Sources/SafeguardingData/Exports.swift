// The data module's API is made of the core's values (days, rates, cohort tables), so importing
// SafeguardingData gives both.
@_exported import SafeguardingMetrics
