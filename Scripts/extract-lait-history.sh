#!/usr/bin/env bash
# Writes Sources/SafeguardingData/Resources/lait_history_2016_2025.csv, the published history the
# board report draws in each linked indicator's card, from the shared LAIT extract and the standard
# catalogue (`indicators --list --format json`; see extract-lait-history.py).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product safeguarding-metrics >/dev/null
"$(swift build --show-bin-path)/safeguarding-metrics" indicators --list --format json | python3 Scripts/extract-lait-history.py - "$@"
git --no-pager diff --stat -- Sources/SafeguardingData/Resources/lait_history_2016_2025.csv
