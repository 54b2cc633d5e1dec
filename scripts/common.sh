# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by run.sh and test.sh: install what is missing, then configure and build.
set -euo pipefail

FHB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FHB_BUILD="${FHB_BUILD_DIR:-$FHB_ROOT/build}"

# Debian 12 packages the build, the tests and the screenshots need.
FHB_PACKAGES=(g++ make cmake ninja-build pkgconf git
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev sqlite3
    libxlsxwriter-dev zlib1g-dev unzip catch2 poppler-utils xvfb xauth fonts-dejavu-core
    help2man man-db desktop-file-utils appstream shared-mime-info dpkg-dev file locales)
# zlib1g-dev: libxlsxwriter's link line names -lz, and libxlsxwriter-dev does not depend on it.
# help2man, man-db: the man pages and their test; desktop-file-utils, appstream, shared-mime-info:
# validating the desktop files and the MIME type; dpkg-dev, file: CPack's Debian package
# (dpkg-shlibdeps) (docs/packaging.md); locales: the test that writes an XLSX under sv_SE.UTF-8.

fhb_install_packages() {
    local missing=()
    local pkg
    for pkg in "${FHB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installerar saknade paket: ${missing[*]}"
    local sudo=()
    # Without a terminal (CI, scripts) sudo must not wait for a password nobody can type.
    if [ "$(id -u)" -ne 0 ]; then
        if [ -t 0 ]; then sudo=(sudo); else sudo=(sudo -n); fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    # Three tries, then a message that says what failed: a mirror that is briefly away is common.
    local try
    for try in 1 2 3; do
        "${sudo[@]}" apt-get update -qq &&
            "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" && return 0
        [ "$try" -lt 3 ] && { echo "Paketinstallationen misslyckades (försök $try av 3); nytt försök om $((try * 10)) s." >&2; sleep $((try * 10)); }
    done
    echo "Paketen kunde inte installeras efter tre försök: ${missing[*]}. Antingen gick Debians paketarkiv inte att nå, eller så står orsaken i apt:s meddelanden ovan (utan root krävs sudo utan lösenord)." >&2
    return 4
}

# fhb_build [ON|OFF]: with no argument an existing build folder keeps its FHB_WERROR, so run.sh
# after test.sh does not rebuild everything for a changed flag.
fhb_build() {
    local werror=()
    [ -n "${1:-}" ] && werror=(-DFHB_WERROR="$1")
    cmake -S "$FHB_ROOT" -B "$FHB_BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${FHB_BUILD_TYPE:-RelWithDebInfo}" \
        "${werror[@]}" >/dev/null
    cmake --build "$FHB_BUILD" -j "${FHB_JOBS:-$(nproc)}"
}

# AddressSanitizer + UndefinedBehaviorSanitizer build (FHB_SANITIZE, clang only), in its own
# folder. Returns 1 without building when clang++ is missing: CI never installs clang for it.
FHB_SANITIZE_BUILD="${FHB_SANITIZE_BUILD_DIR:-$FHB_ROOT/build-sanitize}"
fhb_build_sanitized() {
    command -v clang++ >/dev/null 2>&1 || return 1
    cmake -S "$FHB_ROOT" -B "$FHB_SANITIZE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DFHB_SANITIZE=ON -DFHB_WERROR=OFF >/dev/null
    cmake --build "$FHB_SANITIZE_BUILD" -j "${FHB_JOBS:-$(nproc)}"
}

# What the sanitizers report fails the run; Qt's and fontconfig's leaks are suppressed.
fhb_sanitizer_environment() {
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$FHB_ROOT/tests/lsan.supp:print_suppressions=0"
}
