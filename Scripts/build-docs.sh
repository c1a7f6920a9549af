#!/usr/bin/env bash
# Builds the documentation of both library products, SafeguardingMetrics and SafeguardingData, as
# one DocC archive from their symbol graphs with the toolchain's docc, treating every warning as
# an error: every public symbol of both modules renders and every link between them resolves.
# Output: .build/docs (a static site). Run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build --show-bin-path)
graphs=.build/symbol-graphs
catalog=.build/docs-catalog/SafeguardingMetrics.docc
rm -rf "$graphs" .build/docs .build/docs-catalog
mkdir -p "$graphs" "$catalog"
triple=$(swiftc -print-target-info | sed -n 's/.*"triple": "\([^"]*\)".*/\1/p' | head -1)
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
# One catalog of both modules' pages (each module's root page and articles), so that links from
# one module to the other resolve; article names are unique across the two catalogs.
for source in Documentation/SafeguardingMetrics.docc Documentation/SafeguardingData.docc; do
    for file in "$source"/*; do
        name=$(basename "$file")
        if [ -e "$catalog/$name" ]; then echo "error: $name is in both catalogs"; exit 1; fi
        cp -R "$file" "$catalog/$name"
    done
done
combined=.build/docs-catalog/symbol-graphs
mkdir -p "$combined"
cp "$graphs"/SafeguardingMetrics/*.json "$graphs"/SafeguardingData/*.json "$combined/"
docc convert "$catalog" \
    --fallback-display-name SafeguardingMetrics \
    --fallback-bundle-identifier org.safeguardingmetrics.SafeguardingMetrics \
    --additional-symbol-graph-dir "$combined" \
    --warnings-as-errors \
    --output-path .build/docs
echo "ok   documentation of SafeguardingMetrics and SafeguardingData built in .build/docs"
python3 Scripts/check-doc-comments.py
