#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# PDF benchmark (docs/performance.md). Run it explicitly; test.sh never does.
#  1. in-process export time per report (tests/bench/PdfBench.cpp, Release build);
#  2. a cold `folkhalsobok-cli report-pdf` (new process each time) against LibreOffice
#     converting the same report content (HTML made from the report's exchange file) with
#     `soffice --headless --convert-to pdf`, in the same run on the same machine.
# Installs LibreOffice Writer (libreoffice-writer-nogui) when it is missing.
# Usage: scripts/bench-pdf.sh [RUNS]   (default 5 cold runs each)
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
RUNS="${1:-5}"
BUILD="${FHB_BENCH_BUILD_DIR:-$FHB_ROOT/build-bench}"

cmake -S "$FHB_ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFHB_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD" -j "${FHB_JOBS:-2}" --target folkhalsobok-cli fhb_pdf_bench >/dev/null
CLI="$BUILD/src/cli/folkhalsobok-cli"

if ! command -v soffice >/dev/null; then
    echo "Installerar LibreOffice Writer för jämförelsen …" >&2
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK/run"
mkdir -m 700 "$WORK/run"

echo "## In-process export (fhb_pdf_bench, Release)"
echo
"$BUILD/tests/bench/fhb_pdf_bench" 10
echo

"$CLI" --db "$WORK/demo.db" init --demo >/dev/null
"$CLI" --db "$WORK/demo.db" export "$WORK/report.json" --party "Örebro kommun" --year 2023 >/dev/null

# The same content for LibreOffice: title, figures, events, staff, footnotes, signature.
python3 - "$WORK/report.json" "$WORK/report.html" <<'PY'
import html, json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))["reports"][0]
kr = lambda ore: f"{ore // 100:,}".replace(",", "\u00a0")
e = html.escape
rows = []
notes = []
for section, lines, text_key, note_key in (("Utgifter", r["expenses"], "category", "footnote"),
                                           ("Intäkter", r["revenues"], "source", "note")):
    for i, line in enumerate(lines):
        mark = ""
        if line.get(note_key):
            notes.append(line[note_key]); mark = f"<sup>{len(notes)}</sup>"
        rows.append(f"<tr><th>{section if i == 0 else ''}</th><td>{e(line[text_key])}{mark}</td>"
                    f"<td align=right>{kr(line['amountOre'])}</td></tr>")
    total = sum(l["amountOre"] for l in lines)
    rows.append(f"<tr><th></th><td><b>Totalt {section.lower()}</b></td><td align=right><b>{kr(total)}</b></td></tr>")
contribution = sum(l["amountOre"] for l in r["expenses"]) - sum(l["amountOre"] for l in r["revenues"])
rows.append(f"<tr><th colspan=2>Kommunens insats</th><td align=right><b>{kr(contribution)}</b></td></tr>")
s = r["signature"]
doc = f"""<html lang="sv"><head><meta charset="utf-8"><title>Årsredovisning {r['year']}</title></head>
<body style="font-family: 'DejaVu Sans'"><h1>Årsredovisning {r['year']}</h1><p>{r['periodStart']} - {r['periodEnd']}</p>
<p>{e(r['party'])}</p><table width="100%">{''.join(rows)}</table>
<h2>Tre viktiga händelser</h2><p>Bland våra viktiga händelser för arbete med jämlik hälsa under {r['year']} vill vi nämna följande:</p>
<ul>{''.join('<li>' + e(x) + '</li>' for x in r['events'])}</ul>
<h2>Beskrivning av personalresurser för folkhälsoarbete</h2><ul>{''.join('<li>' + e(x) + '</li>' for x in r['staffResources'])}</ul>
<hr>{''.join(f'<p><sup>{i + 1}</sup> {e(n)}</p>' for i, n in enumerate(notes))}
<p>På uppdrag av {e(s['onBehalfOfName'])}, {e(s['onBehalfOfTitle'])}<br>{e(s['preparedByName'])}, {e(s['preparedByTitle'])}</p>
</body></html>"""
open(sys.argv[2], "w", encoding="utf-8").write(doc)
PY

now() { date +%s.%N; }
ms() { python3 -c "print(round(($2 - $1) * 1000))"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cli_times=()
for i in $(seq "$RUNS"); do
    t0=$(now); "$CLI" --db "$WORK/demo.db" report-pdf --party "Örebro kommun" --year 2023 -o "$WORK/cli-$i.pdf" >/dev/null; t1=$(now)
    cli_times+=("$(ms "$t0" "$t1")")
done

# The first LibreOffice start creates its user profile; later starts reuse it.
profile="file://$WORK/lo-profile"
t0=$(now); soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/report.html" >/dev/null 2>&1; t1=$(now)
lo_first="$(ms "$t0" "$t1")"
lo_times=()
for i in $(seq "$RUNS"); do
    t0=$(now); soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/report.html" >/dev/null 2>&1; t1=$(now)
    lo_times+=("$(ms "$t0" "$t1")")
done

echo "## Cold start: one report to PDF, new process each time ($RUNS runs)"
echo
echo "| tool | median ms | runs (ms) | PDF size |"
echo "|---|---:|---|---:|"
echo "| folkhalsobok-cli report-pdf | $(printf '%s\n' "${cli_times[@]}" | median) | ${cli_times[*]} | $(stat -c %s "$WORK/cli-1.pdf") B |"
echo "| soffice --headless --convert-to pdf (profile exists) | $(printf '%s\n' "${lo_times[@]}" | median) | ${lo_times[*]} | $(stat -c %s "$WORK/lo/report.pdf") B |"
echo "| soffice, first start (creates its profile) | $lo_first | $lo_first | |"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(soffice --version 2>/dev/null | head -1); Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)."
