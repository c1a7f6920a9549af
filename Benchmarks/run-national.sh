#!/usr/bin/env bash
# The national job side by side (issue 16's table), in one run: the whole job against DuckDB on
# flat CSVs, CIN census XML against xmllint --stream and lxml, SSDA903 CSVs against DuckDB and
# polars, peak memory of each and the thread-scaling curve; medians and ratios (national.py).
# A manual script: CI does not run it. Installs what is missing (xmllint from Debian's
# libxml2-utils; duckdb, polars and lxml into Benchmarks/.venv), builds the tool in release mode,
# generates the national cohort once (under $TMPDIR/sm-comparison/scale-153, about 3 GB, shared
# with run-comparison.sh --scales 153) and flattens its CIN census once for DuckDB.
#
#   Benchmarks/run-national.sh                # 3 rounds
#   Benchmarks/run-national.sh --rounds 5     # every option of national.py: --help
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
venv="$here/.venv"

if ! command -v xmllint > /dev/null; then
    apt-get update -qq && apt-get install -y -qq libxml2-utils > /dev/null
fi
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
fi
"$venv/bin/python" -c 'import duckdb, polars, lxml' 2>/dev/null || "$venv/bin/pip" install --quiet duckdb polars lxml

(cd "$root" && swift build -c release --product safeguarding-metrics)

exec "$venv/bin/python" "$here/national.py" --tool "$root/.build/release/safeguarding-metrics" "$@"
