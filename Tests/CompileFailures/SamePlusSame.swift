// expected-error: binary operator '+' cannot be applied
import SafeguardingMetrics
// Two percentages do not add either: pooling is explicit (pooled(with:)).
let a = Percentage(3, of: 10)
let b = Percentage(1, of: 30)
let nonsense = a + b
