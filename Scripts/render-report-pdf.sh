#!/usr/bin/env bash
# Renders the demonstration's HTML report (`report --format html`) to PDF through headless
# Chromium, turns its pages into PNGs with pdftoppm so a person can look at them, and checks with
# pdftotext that page 1 (the one-page summary) holds every one of the framework's row ids and that
# each outcome after the first begins a page.
# Not part of CI: it needs Debian's `chromium` and `poppler-utils`.
#
#   Scripts/render-report-pdf.sh [OUTPUT_DIRECTORY] [--paper a4|letter] [--readme-image]
#   default: .build/report-pdf (report.html, report.pdf, page-1.png, page-2.png, ...), A4;
#   --readme-image also writes page 1 to Documentation/report-summary-page.png for the README.
#
# Exit status: 0 when both checks pass, 1 when one does not or a step fails, 2 when
# Chromium or poppler-utils is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/report-pdf
paper=a4
readme=false
while [ $# -gt 0 ]; do
    case "$1" in
        --paper) paper=$2; shift 2 ;;
        --readme-image) readme=true; shift ;;
        *) out=$1; shift ;;
    esac
done
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "skip: Chromium is not installed (Debian: apt-get install chromium)"; exit 2; }
for tool in pdftoppm pdftotext; do
    command -v "$tool" >/dev/null || { echo "skip: $tool is not installed (Debian: apt-get install poppler-utils)"; exit 2; }
done

mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -q --product safeguarding-metrics
"$(swift build --show-bin-path)/safeguarding-metrics" report --format html --paper "$paper" --output "$out/report.html"

# --no-sandbox because CI containers run as root; the page has no script and loads nothing.
"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" --no-pdf-header-footer \
    --print-to-pdf="$out/report.pdf" "file://$out/report.html" 2>"$work/log" || { cat "$work/log"; exit 1; }
[ -s "$out/report.pdf" ] || { echo "Chromium wrote no PDF:"; cat "$work/log"; exit 1; }
rm -f "$out"/page-*.png
pdftoppm -png -r 80 "$out/report.pdf" "$out/page"
pages=$(ls "$out"/page-*.png | wc -l)
if $readme; then
    pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$out/report.pdf" Documentation/report-summary-page
    echo "wrote Documentation/report-summary-page.png"
fi

# The framework's row ids: the first column of the bundled Blackpool framework.
ids=$(tail -n +2 Sources/SafeguardingData/Resources/blackpool_outcomes_framework_2024_01.csv | cut -d, -f1 | grep -v '^$' | sort -u)
first=$(pdftotext -f 1 -l 1 -layout "$out/report.pdf" -)
missing=()
count=0
for id in $ids; do
    count=$((count + 1))
    grep -qF -- "$id" <<<"$first" || missing+=("$id")
done
echo "$out/report.pdf: $pages pages, PNGs in $out/page-*.png"
status=0
if [ ${#missing[@]} -eq 0 ]; then
    echo "ok   page 1 holds all $count framework row ids"
else
    echo "FAIL page 1 lacks ${#missing[@]} of $count row ids: ${missing[*]}"
    status=1
fi

# Each outcome after the first begins a page: its heading is the first line of text on a page.
for page in $(seq 1 "$pages"); do pdftotext -f "$page" -l "$page" -layout "$out/report.pdf" "$work/page-$page.txt"; done
python3 - "$out/report.html" "$work" "$pages" <<'PY' || status=1
import html, re, sys
page_html, work, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(page_html, encoding="utf-8").read()
outcomes = [html.unescape(h) for h in re.findall(r"<section>\n<h2>(.*?)</h2>", text)]
tops = []
for page in range(1, pages + 1):
    lines = [l.strip() for l in open(f"{work}/page-{page}.txt", encoding="utf-8") if l.strip()]
    tops.append(lines[0] if lines else "")
late = [o for o in outcomes[1:] if not any(top.startswith(o[:60]) for top in tops)]
if late:
    print("FAIL these outcomes do not begin a page: " + "; ".join(late))
    sys.exit(1)
print(f"ok   each of the {len(outcomes) - 1} outcomes after the first begins a page")
PY
exit $status
