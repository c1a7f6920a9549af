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
# The catalog documents the core module; every library module's graph is checked for doc comments.
for module in SafeguardingMetrics SafeguardingData; do
    mkdir -p "$graphs/$module"
    swift-symbolgraph-extract \
        -module-name "$module" \
        -target "$triple" \
        -I "$bin/Modules" \
        -minimum-access-level public \
        -skip-inherited-docs \
        -output-dir "$graphs/$module"
done
docc convert Documentation/SafeguardingMetrics.docc \
    --fallback-display-name SafeguardingMetrics \
    --fallback-bundle-identifier org.safeguardingmetrics.SafeguardingMetrics \
    --additional-symbol-graph-dir "$graphs/SafeguardingMetrics" \
    --warnings-as-errors \
    --output-path .build/docs
echo "ok   documentation built in .build/docs"
python3 Scripts/check-doc-comments.py
