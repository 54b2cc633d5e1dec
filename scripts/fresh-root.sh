#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Folkhälsobok contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves the README's two commands on a newcomer's machine: a pristine Debian 12 (minbase) root,
# unpacked afresh for every run from a tarball made once with debootstrap, a clean clone of this
# checkout copied in, and, inside it as root:
#   1. scripts/test.sh (installs what is missing, builds, runs every test);
#   2. scripts/run.sh under Xvfb, with a check that the main window appears: its title names
#      Folkhälsobok and a screenshot of the screen has hundreds of colours (a blank one has one);
#   3. the Debian package, from the build of step 1: built, lintian without errors, installed with
#      apt, the CLI and the menu entry's command run, then purged, with a check that none of its
#      files is left.
# Needs root (debootstrap, chroot, bind mounts). .ci/run calls it; run it by hand after changing a
# dependency, a script or the build (docs/reliability.md, "A newcomer's machine").
# Usage: scripts/fresh-root.sh [all | STAGE...]   (default all; stages: test run package)
#        FHB_FRESH_REUSE=1 keeps the root of the last run instead of a pristine one (for
#        looking into a failed stage without repeating the ones before it; never in CI).
# Environment: FHB_FRESH_BASE  the cached tarball   (default /var/cache/folkhalsobok/minbase-bookworm.tar)
#              FHB_FRESH_ROOT  the root to unpack   (default /var/tmp/folkhalsobok-fresh-root)
#              FHB_FRESH_LOGS  where logs go        (default /var/tmp/folkhalsobok-fresh-logs)
set -uo pipefail

stages=("$@")
[ ${#stages[@]} -gt 0 ] && [ "${stages[0]}" != all ] || stages=(test run package)
for stage in "${stages[@]}"; do
    case "$stage" in test|run|package) ;; *) echo "Användning: $0 [all | test run package]" >&2; exit 2 ;; esac
done
wants() { [[ " ${stages[*]} " == *" $1 "* ]]; }
# The package is made from the build of the test stage: alone it needs the root of a run that had it.
if wants package && ! wants test && [ "${FHB_FRESH_REUSE:-0}" != 1 ]; then
    echo "fresh-root: steget package bygger på testets bygge: kör det med test, eller med FHB_FRESH_REUSE=1 efter en körning med test." >&2
    exit 2
fi
[ "$(id -u)" -eq 0 ] || { echo "fresh-root.sh behöver root (debootstrap, chroot)." >&2; exit 2; }

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${FHB_FRESH_BASE:-/var/cache/folkhalsobok/minbase-bookworm.tar}"
root="${FHB_FRESH_ROOT:-/var/tmp/folkhalsobok-fresh-root}"
logs="${FHB_FRESH_LOGS:-/var/tmp/folkhalsobok-fresh-logs}"
mkdir -p "$(dirname "$base")" "$logs"

say() { echo "fresh-root: $*"; }

# Three tries a download, then a message that names the cause.
retry() {
    local n
    for n in 1 2 3; do
        "$@" && return 0
        [ "$n" -lt 3 ] && { say "försök $n misslyckades: $*; nytt försök om $((n * 10)) s"; sleep $((n * 10)); }
    done
    return 1
}
unreachable() {
    echo "fresh-root: Debians paketarkiv gick inte att nå efter tre försök ($1). Kontrollera nätet och försök igen." >&2
    exit 4
}

# The host's own archive, as its apt is set up (no mirror is named here).
mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
[ -n "$mirror" ] || mirror="$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null)"
[ -n "$mirror" ] || { echo "fresh-root: hittar inget Debianarkiv i /etc/apt." >&2; exit 2; }

if ! command -v debootstrap >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    retry apt-get update -qq || unreachable "apt-get update"
    retry apt-get install -y -qq --no-install-recommends debootstrap >/dev/null || unreachable "debootstrap"
fi

if [ ! -s "$base" ]; then
    say "skapar en ren Debian 12 (minbase) med debootstrap, en gång: $base"
    boot="$base.boot"
    make_base() {
        rm -rf "$boot" && mkdir -p "$boot" &&
            debootstrap --variant=minbase bookworm "$boot" "$mirror" >"$logs/debootstrap.log" 2>&1
    }
    retry make_base || { tail -5 "$logs/debootstrap.log" >&2; rm -rf "$boot"; unreachable "debootstrap"; }
    # Written whole or not at all: a half tarball must never pass for a pristine root.
    tar -C "$boot" -cf "$base.part" . && mv "$base.part" "$base" && rm -rf "$boot" ||
        { rm -f "$base.part"; echo "fresh-root: kunde inte skriva $base" >&2; exit 2; }
fi

unmount_root() {
    local m
    for m in dev/pts dev sys proc; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    return 0
}
trap unmount_root EXIT

fresh() {
    unmount_root
    if [ "${FHB_FRESH_REUSE:-0}" = 1 ] && [ -d "$root/project" ]; then
        say "FHB_FRESH_REUSE=1: roten från förra körningen används, den är inte ren"
    else
        rm -rf "$root" && mkdir -p "$root" && tar -C "$root" -xf "$base" || return 1
        git -c safe.directory="$project" -c safe.directory="$project/.git" clone -q "$project" "$root/project" || return 1
    fi
    local m
    for m in proc sys dev dev/pts; do mount --bind "/$m" "$root/$m" || return 1; done
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
    return 0
}

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
    FHB_JOBS="${FHB_JOBS:-2}" /bin/bash -c "$1"; }

status=0
[ -z "$(git -C "$project" status --porcelain --untracked-files=no 2>/dev/null)" ] ||
    say "obs: arbetskopian har ändringar som inte är incheckade; roten får bara det incheckade (HEAD)"
fresh || { echo "fresh-root: kunde inte packa upp den rena roten i $root" >&2; exit 2; }
say "ren rot i $root, ren klon i /project ($(git -C "$root/project" rev-parse --short HEAD))"

if wants test; then
    SECONDS=0
    # FHB_SANITIZE/FHB_FUZZ stay off: a pristine root has no clang, and they run on the host.
    in_root 'cd /project && FHB_SANITIZE=0 FHB_FUZZ=0 bash scripts/test.sh' 2>&1 | tee "$logs/test.log"
    t=${PIPESTATUS[0]}
    say "scripts/test.sh i en ren Debian 12: slutkod $t efter ${SECONDS} s"
    [ "$t" -eq 0 ] || status=1
fi

# A window check, run inside the root: starts a command under Xvfb as a new user and waits for
# a window whose title names Folkhälsobok; then a screenshot must have hundreds of colours.
cat >"$root/usr/local/bin/fhb-window-check" <<'CHECK'
#!/bin/bash
# Usage: fhb-window-check NAME COMMAND...   (screenshot /tmp/NAME.png, log /tmp/NAME.log)
name=$1; shift
export HOME=/tmp/$name-home XDG_RUNTIME_DIR=/tmp/$name-home/run LANG=C.UTF-8
rm -rf "$HOME"; mkdir -p -m 700 "$HOME" "$XDG_RUNTIME_DIR"
# A display of its own per check, and the program starts only once the server answers.
display=:$((71 + $(ls /tmp/.X*-lock 2>/dev/null | wc -l)))
Xvfb $display -screen 0 1400x900x24 -nolisten tcp >/tmp/$name-xvfb.log 2>&1 & x=$!
export DISPLAY=$display
for i in $(seq 1 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.2; done
xwininfo -root >/dev/null 2>&1 || { echo "$name: Xvfb svarar inte"; cat /tmp/$name-xvfb.log; kill $x; exit 1; }
setsid "$@" >/tmp/$name.log 2>&1 & pid=$!
found=""
for i in $(seq 1 360); do
    sleep 2
    found=$(xwininfo -root -tree 2>/dev/null | grep -o '"[^"]*Folkh[^"]*"' | head -n 1)
    [ -n "$found" ] && break
    kill -0 $pid 2>/dev/null || break
done
sleep 3
import -window root /tmp/$name.png 2>/dev/null
colours=$(identify -format %k /tmp/$name.png 2>/dev/null || echo 0)
kill -- -$pid 2>/dev/null; wait $pid 2>/dev/null; kill $x 2>/dev/null; wait $x 2>/dev/null
echo "$name: fönster ${found:-inget}; färger i skärmbilden: $colours"
[ -n "$found" ] || tail -n 5 /tmp/$name.log
[ -n "$found" ] && [ "$colours" -ge 200 ]
CHECK
chmod 755 "$root/usr/local/bin/fhb-window-check"

# The checking tools only (Xvfb, xwininfo, import); what the program needs, its scripts install.
check_tools='export DEBIAN_FRONTEND=noninteractive
    for n in 1 2 3; do apt-get update -qq && apt-get install -y -qq --no-install-recommends \
        xvfb xauth x11-utils imagemagick lintian >/dev/null && break; sleep $((n * 10)); done
    command -v xwininfo >/dev/null && command -v import >/dev/null && command -v lintian >/dev/null ||
        { echo "Debians paketarkiv gick inte att nå: kunde inte installera kontrollverktygen"; exit 4; }'

if wants run && [ "$status" -eq 0 ]; then
    SECONDS=0
    in_root "$check_tools"'
        cd /project && fhb-window-check run-sh bash scripts/run.sh' 2>&1 | tee "$logs/run.log"
    r=${PIPESTATUS[0]}
    cp "$root/tmp/run-sh.png" "$logs/run-sh.png" 2>/dev/null
    say "scripts/run.sh i en ren Debian 12: slutkod $r efter ${SECONDS} s (skärmbild: $logs/run-sh.png)"
    [ "$r" -eq 0 ] || status=1
fi

# The Debian package, built from the tested build folder, checked by lintian, installed with
# apt, used, and purged without a trace (docs/packaging.md).
if wants package && [ "$status" -eq 0 ]; then
    SECONDS=0
    in_root "$check_tools"'
        set -e
        cd /project
        cmake --build build --target package >/tmp/package.log 2>&1 || { tail -n 20 /tmp/package.log; exit 1; }
        deb=$(ls -t build/folkhalsobok_*_"$(dpkg --print-architecture)".deb | head -n 1)
        echo "paket: $deb"
        dpkg-deb --field "$deb" Package Version Depends Recommends
        lintian --fail-on error --info "$deb" || { echo "lintian hittade fel i $deb"; exit 1; }
        apt-get install -y -qq "./$deb" >/tmp/install.log 2>&1 || { tail -n 20 /tmp/install.log; exit 1; }
        folkhalsobok-cli --version
        folkhalsobok --version
        cd /tmp && rm -f paket.db && folkhalsobok-cli --db paket.db init --demo && folkhalsobok-cli --db paket.db balance --year 2023
        # The command of the menu entry, without its field code.
        exec_line=$(sed -n "s/^Exec=//p" /usr/share/applications/se.folkhalsobok.Folkhalsobok.desktop | sed "s/ %[fFuU]//")
        echo "menyns kommando: $exec_line"
        fhb-window-check installed $exec_line || { echo "det installerade programmet visade inget fönster"; exit 1; }
        man -w folkhalsobok-cli >/dev/null && man -w folkhalsobok >/dev/null || { echo "man hittar inte man-sidorna"; exit 1; }
        dpkg -L folkhalsobok | while read -r f; do if [ -f "$f" ]; then echo "$f"; fi; done >/tmp/package-files
        apt-get purge -y -qq folkhalsobok >/dev/null
        left=$(while read -r f; do if [ -e "$f" ]; then echo "$f"; fi; done </tmp/package-files)
        [ -z "$left" ] || { echo "kvar efter purge:"; echo "$left"; exit 1; }
        dpkg -s folkhalsobok >/dev/null 2>&1 && { echo "paketet finns kvar efter purge"; exit 1; }
        echo "paketet avinstallerat: inget av dess $(wc -l </tmp/package-files) filer finns kvar"' 2>&1 | tee "$logs/package.log"
    r=${PIPESTATUS[0]}
    cp "$root/tmp/installed.png" "$logs/installed.png" 2>/dev/null
    say "Debianpaketet i en ren Debian 12: slutkod $r efter ${SECONDS} s (skärmbild: $logs/installed.png)"
    [ "$r" -eq 0 ] || status=1
fi

exit "$status"
