#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz, -DFHB_FUZZ=ON) with clang in build-fuzz/ and runs
# each for $1 seconds (default 60; test.sh gives 20). Any crash, sanitizer report, leak, timeout
# or broken invariant fails the run; the input is saved in build-fuzz/artifacts/ and the command
# to repeat it is printed. New inputs go to build-fuzz/corpus/<target>/, seeded from
# tests/fuzz/corpus/<target>/ (which only people change). Needs clang++ (not installed for you).
# FHB_FUZZ_TARGETS="fuzz_amount" runs a subset; FHB_FUZZ_BUILD_DIR chooses the folder.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
seconds="${1:-60}"
targets=(${FHB_FUZZ_TARGETS:-fuzz_amount fuzz_exchange fuzz_ledger_csv})
build="${FHB_FUZZ_BUILD_DIR:-$FHB_ROOT/build-fuzz}"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "fuzz.sh: clang++ saknas (apt-get install clang-14 libclang-rt-14-dev); fuzzningen körs inte." >&2
    exit 2
fi
fhb_install_packages
cmake -S "$FHB_ROOT" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DFHB_FUZZ=ON -DFHB_BUILD_TESTS=OFF -DFHB_WERROR=OFF >/dev/null
cmake --build "$build" -j "${FHB_JOBS:-$(nproc)}" --target "${targets[@]}"
fhb_sanitizer_environment
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    log="$build/$target.log"
    echo "== $target: ${seconds} s"
    dict=()
    [ -f "$FHB_ROOT/tests/fuzz/$target.dict" ] && dict=(-dict="$FHB_ROOT/tests/fuzz/$target.dict")
    # -timeout: one input may take 10 s at most (a hang is a bug too); -rss_limit_mb: memory.
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" "${dict[@]}" \
        "$corpus" "$FHB_ROOT/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        artifact=$(ls -t "$build/artifacts/$target-"* 2>/dev/null | head -n 1 || true)
        echo "FEL: $target hittade ett fel. Indata: ${artifact:-se $log}" >&2
        echo "Upprepa: $build/tests/fuzz/$target ${artifact:-<indata>}" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    echo "   $runs körningar, $rate per sekund, korpus $(ls "$corpus" | wc -l) filer"
done
