#!/usr/bin/env bash
# Builds the DocC catalog from the library's symbol graph with the toolchain's docc, treating
# every warning as an error. Output: .build/docs (a static site). Run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build --show-bin-path)
graphs=.build/symbol-graphs
rm -rf "$graphs" .build/docs
mkdir -p "$graphs"
triple=$(swiftc -print-target-info | sed -n 's/.*"triple": "\([^"]*\)".*/\1/p' | head -1)
swift-symbolgraph-extract \
    -module-name SafeguardingMetrics \
    -target "$triple" \
    -I "$bin/Modules" \
    -minimum-access-level public \
    -skip-inherited-docs \
    -output-dir "$graphs"
docc convert Documentation/SafeguardingMetrics.docc \
    --fallback-display-name SafeguardingMetrics \
    --fallback-bundle-identifier org.safeguardingmetrics.SafeguardingMetrics \
    --additional-symbol-graph-dir "$graphs" \
    --warnings-as-errors \
    --output-path .build/docs
echo "ok   documentation built in .build/docs"
python3 Scripts/check-doc-comments.py
