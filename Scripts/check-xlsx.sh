#!/usr/bin/env bash
# Opens the tool's Excel workbooks in LibreOffice and checks that every cell shows what the CSV
# output of the same command shows: `indicators` (a generated dataset, with and without a
# breakdown), `indicators --list`, `report` (the demonstration and a framework read from a
# workbook), `scorecard` and `compare`. Each workbook is converted sheet by sheet with
# `soffice --headless --convert-to csv` (cells as shown, so a number's display format counts) and
# compared byte for byte with the CSV.
#
# Needs LibreOffice Calc (Debian: apt-get install -y libreoffice-calc); run after `swift build`.
# Usage: Scripts/check-xlsx.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice is not on PATH: apt-get install -y libreoffice-calc"; exit 1; }
tool="$(swift build --show-bin-path)/safeguarding-metrics"
[ -x "$tool" ] || { echo "build the tool first: swift build"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passed=0

# LibreOffice's CSV filter: comma, double quote, UTF-8, cells as shown, every sheet to its own
# file (NAME-SHEET.csv).
filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'

# check NAME SHEET ARGS…: runs the tool with ARGS as CSV and as a workbook, and compares SHEET.
check() {
    local name=$1 sheet=$2
    shift 2
    "$tool" "$@" --format csv --output "$work/$name.csv" 2>/dev/null || [ $? -eq 1 ]
    "$tool" "$@" --format xlsx --output "$work/$name.xlsx" 2>/dev/null || [ $? -eq 1 ]
    soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to "$filter" \
        --outdir "$work/converted" "$work/$name.xlsx" >/dev/null 2>&1
    local converted="$work/converted/$name-$sheet.csv"
    if [ ! -s "$converted" ]; then
        echo "FAIL $name: LibreOffice wrote no sheet $sheet"
        failures=$((failures + 1))
    elif diff -q "$work/$name.csv" "$converted" >/dev/null; then
        echo "ok   $name: sheet $sheet equals the CSV ($(($(wc -l <"$converted") - 1)) rows)"
        passed=$((passed + 1))
    else
        echo "FAIL $name: sheet $sheet differs from the CSV:"
        diff "$work/$name.csv" "$converted" | head -10
        failures=$((failures + 1))
    fi
}

"$tool" generate --out "$work/data" --la E06000009 --years 2 >/dev/null 2>&1
data="$work/data"
framework="Sources/SafeguardingData/Resources/blackpool_outcomes_framework_2024_01.csv"

check indicators Indicators indicators --ssda903 "$data" --cin "$data" --population "$data/population.csv" \
    --postcodes "$data/postcodes.csv" --year 2025
check indicators-breakdown Indicators indicators --ssda903 "$data" --cin "$data" \
    --population "$data/population.csv" --year 2025 --indicator cpp.rate --indicator cla.rate --breakdown age_band
check definitions Definitions indicators --list
check report Report report
# The demonstration's framework (rows linked to indicators) written back as CSV and as a workbook.
"$tool" report --write-framework "$work/linked.csv" --format csv --output /dev/null 2>/dev/null || true
"$tool" report --write-framework "$work/linked.xlsx" --format csv --output /dev/null 2>/dev/null || true
check report-returns Report report --framework "$work/linked.csv" --ssda903 "$data" --cin "$data" \
    --population "$data/population.csv" --la E06000009 --year 2025
check report-workbook-framework Report report --framework "$work/linked.xlsx" --ssda903 "$data" --cin "$data" \
    --population "$data/population.csv" --la E06000009 --year 2025
check scorecard Scorecard scorecard --framework "$framework" --at 2024-01
check compare Comparison compare --indicator cla.rate --la E06000009 --year 2025
check compare-all Ranking compare --indicator cla.rate --all --year 2025
check compare-la "LA level" compare --la E06000009 --year 2025

echo "$passed passed, $failures failed"
[ "$failures" -eq 0 ]
