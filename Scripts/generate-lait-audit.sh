#!/usr/bin/env bash
# Writes Documentation/SafeguardingMetrics.docc/LAITMeasures.md, the audit of LAIT's measures, from
# LAIT's dictionary, the standard catalogue (`indicators --list --format json`) and the hand-written
# classification in Documentation/LAIT (see generate-lait-audit.py).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product safeguarding-metrics >/dev/null
"$(swift build --show-bin-path)/safeguarding-metrics" indicators --list --format json | python3 Scripts/generate-lait-audit.py
git --no-pager diff --stat -- Documentation/SafeguardingMetrics.docc/LAITMeasures.md
