#!/usr/bin/env bash
# Writes Documentation/SafeguardingMetrics.docc/IndicatorDefinitions.md from the indicator
# definitions of the standard catalogue (IndicatorList.article() in SafeguardingData). The test
# that writes it is the one that fails when the committed article is out of date, so the page
# and its check cannot disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
SAFEGUARDING_WRITE_INDICATOR_DOCS=1 swift test --filter IndicatorDocumentationTests
git --no-pager diff --stat -- Documentation/SafeguardingMetrics.docc/IndicatorDefinitions.md
