#!/usr/bin/env bash
# Builds the README's two Swift examples in a separate package that depends on this one by path,
# and runs them:
# - the first (under "## Example", the SafeguardingMetrics product) must print exactly the text
#   the README says it prints;
# - the second (under "## Embedding in a service", the SafeguardingData product) must write the
#   board's HTML report and the `indicators` JSON for two years: the HTML a whole page naming the
#   framework and its rows, each JSON document well-formed with both authorities.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The first ```swift block after a heading, and the first ```text block after it.
block() { awk -v heading="$1" -v fence="$2" '$0 == heading {on=1} on && $0 == "```" fence {grab=1; next} grab && /^```/ {exit} grab {print}' README.md; }

package="$work/ReadmeExamples"
mkdir -p "$package/Sources/ReadmeExample" "$package/Sources/ServiceExample"
block "## Example" swift >"$package/Sources/ReadmeExample/main.swift"
block "## Example" text >"$work/expected.txt"
block "## Embedding in a service" swift >"$package/Sources/ServiceExample/main.swift"
[ -s "$package/Sources/ReadmeExample/main.swift" ] || { echo "README has no swift example under '## Example'"; exit 1; }
[ -s "$work/expected.txt" ] || { echo "README has no expected output block under '## Example'"; exit 1; }
[ -s "$package/Sources/ServiceExample/main.swift" ] || { echo "README has no swift example under '## Embedding in a service'"; exit 1; }

cat >"$package/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription
let package = Package(
    name: "ReadmeExamples",
    dependencies: [.package(name: "SafeguardingMetrics", path: "$root")],
    targets: [
        .executableTarget(name: "ReadmeExample", dependencies: [
            .product(name: "SafeguardingMetrics", package: "SafeguardingMetrics"),
        ]),
        .executableTarget(name: "ServiceExample", dependencies: [
            .product(name: "SafeguardingData", package: "SafeguardingMetrics"),
        ]),
    ]
)
MANIFEST
(cd "$package" && swift build -q)
bin=$(cd "$package" && swift build --show-bin-path)

"$bin/ReadmeExample" >"$work/actual.txt"
if diff -u "$work/expected.txt" "$work/actual.txt"; then
    echo "ok   README example builds from a separate package and prints what the README says"
else
    echo "FAIL README example output differs from the README (diff above)"
    exit 1
fi

mkdir -p "$work/service"
(cd "$work/service" && "$bin/ServiceExample") >"$work/service.txt"
printed=$(cat "$work/service.txt")
grep -qF "prints \`$printed\`" README.md || { echo "FAIL README service example printed '$printed', not what the README says"; exit 1; }
python3 - "$work/service" <<'CHECK'
import json, os, sys
folder = sys.argv[1]
failures = []
html_path = os.path.join(folder, "board.html")
html = open(html_path, encoding="utf-8").read() if os.path.exists(html_path) else ""
if not html.startswith("<!DOCTYPE html>") or not html.rstrip().endswith("</html>"):
    failures.append("board.html is not a whole HTML page")
for needle in ["<title>Blackpool outcomes framework: scorecard at 2024-01, Blackpool</title>", "OF1-03", "OF4-13",
               "<svg class=\"chart\"", "statistical neighbours"]:
    if needle not in html:
        failures.append(f"board.html lacks {needle!r}")
contract = {"id", "numerator", "denominator", "value", "display", "unit", "decimals", "state", "coverage",
            "basis", "covered_days", "population_year"}
for year in (2024, 2025):
    path = os.path.join(folder, f"indicators-{year}.json")
    try:
        document = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as error:
        failures.append(f"indicators-{year}.json does not parse: {error}")
        continue
    if document.get("period", {}).get("end") != f"{year}-03-31":
        failures.append(f"indicators-{year}.json is not for the year ending 31 March {year}")
    areas = document.get("areas", [])
    if sorted(area.get("la") for area in areas) != ["E06000008", "E06000009"]:
        failures.append(f"indicators-{year}.json does not hold both authorities")
    for area in areas:
        indicators = area.get("indicators", [])
        if len(indicators) < 30 or any(set(item) != contract for item in indicators):
            failures.append(f"indicators-{year}.json: {area.get('la')} lacks indicators or the contract's keys")
for failure in failures:
    print("FAIL", failure)
sys.exit(1 if failures else 0)
CHECK
echo "ok   README service example builds from a separate package and writes the board's HTML and the indicators JSON"
