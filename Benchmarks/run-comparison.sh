#!/usr/bin/env bash
# The side-by-side comparison of SafeguardingMetrics with DuckDB and polars (a manual script:
# CI does not run it). Creates a virtual environment under Benchmarks/.venv with duckdb and polars
# from PyPI, builds the tool and the library-indicators helper in release mode, and runs
# compare.py, which generates the cohorts (or reuses them), computes every catalogue indicator in
# DuckDB and polars from INDICATORS.md, checks that the three engines agree on every numerator and
# denominator for every authority, and prints a table of medians and ratios.
#
#   Benchmarks/run-comparison.sh                       # scales "1" and "20" (1 and 20 authorities)
#   Benchmarks/run-comparison.sh --scales 1,20,153     # add the national scale (all 153, 3 years)
#   Benchmarks/run-comparison.sh --help                # every option of compare.py
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
venv="$here/.venv"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
fi
"$venv/bin/python" -c 'import duckdb, polars' 2>/dev/null || "$venv/bin/pip" install --quiet duckdb polars

(cd "$root" && swift build -c release --product safeguarding-metrics)
(cd "$here" && swift build -c release --product library-indicators)

exec "$venv/bin/python" "$here/compare.py" \
    --tool "$root/.build/release/safeguarding-metrics" \
    --library "$here/.build/release/library-indicators" "$@"
