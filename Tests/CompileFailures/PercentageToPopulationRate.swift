// expected-error: requires that 'PerHundred' conform to 'PopulationRateScale'
import SafeguardingMetrics
let share = Percentage(42, of: 224)
let nonsense = share.converted(to: PerTenThousand.self)
