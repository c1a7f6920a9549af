// expected-error: binary operator '+' cannot be applied
import SafeguardingMetrics
let share = Percentage(42, of: 224)
let rate = RatePer10k(1_566, of: 51_799)
let nonsense = share + rate
