#!/usr/bin/env bash
# Renders the demonstration's HTML report (`report --format html`) in headless Chromium: a PNG
# of the top of the page for the README, and a PDF to check that it prints. Not part of CI (it
# needs Chromium: `apt-get install chromium` on Debian).
#
#   Scripts/render-report.sh [PNG] [PDF]
#   defaults: Documentation/report-screenshot.png and .build/report.pdf
set -euo pipefail
cd "$(dirname "$0")/.."
png=${1:-Documentation/report-screenshot.png}
pdf=${2:-.build/report.pdf}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "Chromium is not installed (Debian: apt-get install chromium)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -q --product safeguarding-metrics
"$(swift build --show-bin-path)/safeguarding-metrics" report --format html --output "$work/report.html"

# --no-sandbox because CI containers run as root; the page has no script and loads nothing.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile")
"$browser" "${flags[@]}" --window-size=1200,1900 --screenshot="$work/report.png" "file://$work/report.html" 2>"$work/log" \
    || { cat "$work/log"; exit 1; }
[ -s "$work/report.png" ] || { echo "Chromium wrote no PNG:"; cat "$work/log"; exit 1; }
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" 2>>"$work/log" \
    || { cat "$work/log"; exit 1; }
mkdir -p "$(dirname "$png")" "$(dirname "$pdf")"
cp "$work/report.png" "$png"
cp "$work/report.pdf" "$pdf"
echo "ok   $png ($(wc -c <"$png") bytes) and $pdf ($(wc -c <"$pdf") bytes)"
