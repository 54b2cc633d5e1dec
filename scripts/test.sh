#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs every test
# (GUI tests on the offscreen platform). An empty test run fails.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fhb_install_packages
fhb_build ON
export QT_QPA_PLATFORM=offscreen
cd "$FHB_BUILD"
ctest --output-on-failure --no-tests=error -j "${FHB_JOBS:-$(nproc)}" "$@"
