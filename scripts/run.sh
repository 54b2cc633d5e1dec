#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Folkhälsobok on its default database
# (created with the seed documents' data on first start). Arguments go to the program.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
fhb_install_packages
fhb_build
exec "$FHB_BUILD/src/gui/folkhalsobok" "$@"
