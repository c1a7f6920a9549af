#!/usr/bin/env bash
# Builds the documentation of every library product, SafeguardingMetrics, SafeguardingData and
# SafeguardingSpreadsheet, as one DocC archive from their symbol graphs with the toolchain's docc,
# treating every warning as an error: every public symbol of each module renders and every link
# between them resolves.
# Output: .build/docs (a static site). Run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(swift build --show-bin-path)
graphs=.build/symbol-graphs
catalog=.build/docs-catalog/SafeguardingMetrics.docc
rm -rf "$graphs" .build/docs .build/docs-catalog
mkdir -p "$graphs" "$catalog"
triple=$(swiftc -print-target-info | sed -n 's/.*"triple": "\([^"]*\)".*/\1/p' | head -1)
modules="SafeguardingMetrics SafeguardingData SafeguardingSpreadsheet"
# The dependencies' C module maps (ZIPFoundation's CZlib), which a module that imports them needs.
includes=()
while IFS= read -r map; do includes+=(-I "$(dirname "$map")"); done \
    < <(find .build/checkouts -name module.modulemap 2>/dev/null)
for module in $modules; do
    mkdir -p "$graphs/$module"
    swift-symbolgraph-extract \
        -module-name "$module" \
        -target "$triple" \
        -I "$bin/Modules" \
        "${includes[@]}" \
        -minimum-access-level public \
        -skip-inherited-docs \
        -output-dir "$graphs/$module"
done
# One catalog of every module's pages (each module's root page and articles), so that links from
# one module to another resolve; article names are unique across the catalogs.
for module in $modules; do
    source=Documentation/$module.docc
    for file in "$source"/*; do
        name=$(basename "$file")
        if [ -e "$catalog/$name" ]; then echo "error: $name is in both catalogs"; exit 1; fi
        cp -R "$file" "$catalog/$name"
    done
done
combined=.build/docs-catalog/symbol-graphs
mkdir -p "$combined"
for module in $modules; do cp "$graphs/$module"/*.json "$combined/"; done
docc convert "$catalog" \
    --fallback-display-name SafeguardingMetrics \
    --fallback-bundle-identifier org.safeguardingmetrics.SafeguardingMetrics \
    --additional-symbol-graph-dir "$combined" \
    --warnings-as-errors \
    --output-path .build/docs
echo "ok   documentation of $modules built in .build/docs"
python3 Scripts/check-doc-comments.py
