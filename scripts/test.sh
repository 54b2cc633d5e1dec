#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs every test
# (GUI tests on the offscreen platform). An empty test run fails.
# When clang++ is installed, the whole suite runs a second time under AddressSanitizer and
# UndefinedBehaviorSanitizer (build-sanitize/; FHB_SANITIZE=0 skips it), and the fuzz targets
# run 20 s each (scripts/fuzz.sh; FHB_FUZZ=0 skips them). clang is never installed for them:
# that would double the time of every CI run.
# FHB_PLAIN=0 skips the ordinary gcc build and run (.ci/run does, after scripts/fresh-root.sh has
# run it in a pristine root).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fhb_install_packages
export QT_QPA_PLATFORM=offscreen
if [ "${FHB_PLAIN:-1}" != 0 ]; then
    fhb_build ON
    (cd "$FHB_BUILD" && ctest --output-on-failure --no-tests=error -j "${FHB_JOBS:-$(nproc)}" "$@")
fi
if [ "${FHB_SANITIZE:-1}" != 0 ] && command -v clang++ >/dev/null 2>&1; then
    echo "clang++ finns: hela sviten körs en gång till med AddressSanitizer och UBSan ($FHB_SANITIZE_BUILD)"
    fhb_build_sanitized
    fhb_sanitizer_environment
    cd "$FHB_SANITIZE_BUILD"
    ctest --output-on-failure --no-tests=error -j "${FHB_JOBS:-$(nproc)}" "$@"
fi
# Then each libFuzzer target for a short while (scripts/fuzz.sh; FHB_FUZZ=0 skips it,
# FHB_FUZZ_SECONDS changes the 20 s).
if [ "${FHB_FUZZ:-1}" != 0 ] && command -v clang++ >/dev/null 2>&1; then
    echo "clang++ finns: varje fuzz-mål körs ${FHB_FUZZ_SECONDS:-20} s (build-fuzz)"
    "$FHB_ROOT/scripts/fuzz.sh" "${FHB_FUZZ_SECONDS:-20}"
fi
