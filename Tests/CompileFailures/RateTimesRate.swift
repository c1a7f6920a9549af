// expected-error: binary operator '*' cannot be applied
import SafeguardingMetrics
let a = RatePer10k(1_566, of: 51_799)
let b = RatePer10k(50, of: 51_799)
let nonsense = a * b
