#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Soak test of crash safety (docs/reliability.md): kills the test writer 1 000 times (or $1)
# at random moments and checks the database after every kill. Not part of test.sh.
# FHB_CRASH_SEED=N repeats a run; FHB_BUILD_DIR chooses the build folder.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fhb_install_packages
cmake -S "$FHB_ROOT" -B "$FHB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${FHB_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$FHB_BUILD" -j "${FHB_JOBS:-$(nproc)}" --target fhb_unit_tests fhb_crash_writer
export QT_QPA_PLATFORM=offscreen
export FHB_CRASH_KILLS="${1:-1000}"
exec "$FHB_BUILD/tests/fhb_unit_tests" --durations yes \
    "a writer killed at random moments loses no committed edit and leaves no edit half done"
