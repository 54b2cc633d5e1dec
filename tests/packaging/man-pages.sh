#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: man-pages.sh PROGRAM PAGE.1.gz [PROGRAM PAGE.1.gz ...]
# Every command (a help line "  name ...") and every long option of PROGRAM --help must appear
# in its man page (its roff text without escapes and font changes, which man would hyphenate
# and wrap): a stale or truncated page fails; and man must be able to render the page.
set -euo pipefail
status=0
while [ $# -ge 2 ]; do
    program=$1 page=$2; shift 2
    help=$("$program" --help)
    text=$(zcat "$page" | sed 's/\\-/-/g; s/\\f[BIRP]//g')
    zcat "$page" | man -l - >/dev/null 2>&1 || { echo "$(basename "$page"): man kan inte visa sidan"; status=1; }
    words=$( (printf '%s\n' "$help" | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p'
              printf '%s\n' "$help" | grep -o -- '--[a-z][a-z-]*') | sort -u)
    [ -n "$words" ] || { echo "$program --help listade inga kommandon eller flaggor"; status=1; }
    for w in $words; do
        grep -q -- "$w" <<<"$text" || { echo "$(basename "$page"): saknar $w"; status=1; }
    done
    echo "$(basename "$page"): $(wc -w <<<"$words") kommandon och flaggor ur --help kontrollerade"
done
exit $status
