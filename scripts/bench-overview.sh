#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Overview benchmark (docs/performance.md, "Overview of a large county"). Run it explicitly;
# test.sh never does.
#  1. generates a county: `folkhalsobok-cli generate --parties 290 --years 10 --lines 30`;
#  2. tests/bench/OverviewBench.cpp: open, full load, SQL sums, balance, matrix model, the
#     overview view and its first paint, and what the main window does (median of RUNS);
#  3. the wall time of `folkhalsobok-cli balance --format json` (a new process each time);
#  4. the floor: the same per-report aggregate run directly in the `sqlite3` shell (.timer on).
# Usage: scripts/bench-overview.sh [RUNS]   (default 5)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS="${1:-5}"
BUILD="${FHB_BENCH_BUILD_DIR:-$FHB_ROOT/build-bench}"

cmake -S "$FHB_ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFHB_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD" -j "${FHB_JOBS:-2}" --target folkhalsobok-cli fhb_bench_overview >/dev/null
CLI="$BUILD/src/cli/folkhalsobok-cli"
command -v sqlite3 >/dev/null || { echo "sqlite3 saknas: installera paketet sqlite3." >&2; exit 1; }

# On the disk of the build, not /tmp (often a tmpfs).
WORK="$(mktemp -d "$BUILD/bench-overview.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK/run"
mkdir -m 700 "$WORK/run"
DB="$WORK/county.db"

echo "## Generated county"
"$CLI" --db "$DB" generate --parties 290 --years 10 --lines 30
ls -l "$DB" | awk '{print "file size: " $5 " bytes"}'
echo

echo "## In-process (fhb_bench_overview, Release)"
"$BUILD/tests/bench/fhb_bench_overview" --db "$DB" --runs "$RUNS" 2>&1 | grep -v propagateSizeHints
echo

now() { date +%s.%N; }
ms() { python3 -c "print(round(($2 - $1) * 1000))"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

times=()
for i in $(seq "$RUNS"); do
    t0=$(now); "$CLI" --db "$DB" balance --format json >"$WORK/balance.json"; t1=$(now)
    times+=("$(ms "$t0" "$t1")")
done
echo "## folkhalsobok-cli balance --format json (new process each time)"
echo "runs (ms): ${times[*]}"
echo "median ms: $(printf '%s\n' "${times[@]}" | median)"
echo "rows: $(grep -o '"agreement"' "$WORK/balance.json" | wc -l)"
echo

# The floor: the per-report sums the program reads (storage/BalanceStore.cpp), summed over
# everything so the shell prints one line, in the sqlite3 shell on the same file.
echo "## sqlite3 shell, the same per-report aggregate (.timer on)"
for i in $(seq "$RUNS"); do
    sqlite3 "$DB" <<'SQL' | grep 'Run Time'
.timer on
SELECT count(*), sum(contribution) FROM (
  SELECT p.name, r.year, r.status,
    COALESCE((SELECT SUM(e.amount_ore) FROM expense_line e WHERE e.report_id = r.id), 0)
    - COALESCE((SELECT SUM(v.amount_ore) FROM revenue_line v WHERE v.report_id = r.id), 0) AS contribution
  FROM annual_report r JOIN party p ON p.id = r.party_id ORDER BY p.name, r.year);
SQL
done
