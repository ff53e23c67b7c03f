#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One entry point for building, running and testing Python Mastery Garden.
#
#   packaging/devenv.sh run      Release build, then run the app (on $DISPLAY/$WAYLAND_DISPLAY if there is one,
#                                otherwise under Xvfb, saving a screenshot whose path is printed)
#   packaging/devenv.sh test     Debug + ASan/UBSan build with warnings as errors, then the whole test suite; then a
#                                Release build with warnings as errors running every benchmark once (what CI runs)
#   packaging/devenv.sh bench    Release build, then every benchmark in bench/ (short runs)
#   packaging/devenv.sh exec CMD Run CMD inside the build environment (e.g. "exec build/release/app/cli/garden lint")
#   packaging/devenv.sh shell    An interactive shell inside the build environment
#
# If this host already has every dependency (Qt >= 6.5 with WebEngine, KF6 SyntaxHighlighting, cmark-gfm, GoogleTest,
# Google Benchmark, python3, xvfb-run) the build is native. Otherwise a Debian 13 root is provisioned once with
# debootstrap, cached under ${XDG_CACHE_HOME:-~/.cache}/python-mastery-garden, and every step runs inside it.
# Set PMG_ENV=native or PMG_ENV=root to force one of the two.
set -euo pipefail

readonly SRC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly PKG_LIST="$SRC_DIR/packaging/env/debian13-packages.txt"
readonly SUITE=trixie
readonly CACHE_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/python-mastery-garden"

say() { printf '[devenv] %s\n' "$*" >&2; }
die() {
    printf '[devenv] error: %s\n' "$1" >&2
    shift
    for line in "$@"; do printf '[devenv]   %s\n' "$line" >&2; done
    exit 1
}

usage() {
    sed -n '5,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
}

# ---------------------------------------------------------------------------------------------------------------------
# Native or root?

native_ok() {
    command -v cmake >/dev/null && command -v ninja >/dev/null && command -v python3 >/dev/null \
        && command -v xvfb-run >/dev/null || return 1
    local probe
    probe="$(mktemp -d)"
    if cmake -S "$SRC_DIR/packaging/env/depcheck" -B "$probe" -G Ninja >"$probe/log" 2>&1; then
        rm -rf "$probe"
        return 0
    fi
    rm -rf "$probe"
    return 1
}

choose_env() {
    case "${PMG_ENV:-auto}" in
        native) echo native ;;
        root) echo root ;;
        auto) if native_ok; then echo native; else echo root; fi ;;
        *) die "PMG_ENV must be native, root or unset (got '${PMG_ENV}')" ;;
    esac
}

# ---------------------------------------------------------------------------------------------------------------------
# Privileges

SUDO=()
need_root() {
    if [ "$(id -u)" -eq 0 ]; then return; fi
    if command -v sudo >/dev/null 2>&1; then
        say "this host lacks the dependencies; provisioning and entering the Debian 13 root needs root, using sudo"
        SUDO=(sudo --preserve-env=PMG_ENV,CI,DISPLAY,WAYLAND_DISPLAY,XAUTHORITY,XDG_RUNTIME_DIR,XDG_CACHE_HOME,HOME,NODE_EXTRA_CA_CERTS)
        return
    fi
    die "this host lacks the build dependencies and you are not root, and there is no sudo." \
        "Either install the dependencies natively (Qt >= 6.5 with WebEngine, KF6 SyntaxHighlighting, cmark-gfm," \
        "GoogleTest, Google Benchmark, python3, xvfb) or run this script as root so it can provision a Debian 13 root."
}

# ---------------------------------------------------------------------------------------------------------------------
# The Debian mirror, read from the host's own apt configuration (deb822 .sources files and one-line .list files).

host_mirror() {
    local files=() f
    [ -f /etc/apt/sources.list ] && files+=(/etc/apt/sources.list)
    for f in /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do [ -f "$f" ] && files+=("$f"); done
    [ ${#files[@]} -gt 0 ] || return 1
    awk '
        # one-line format: deb [opts] URI suite components
        /^[[:space:]]*deb[[:space:]]/ {
            i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
            uri = $i; suite = $(i + 1)
            if (suite !~ /-(security|updates|backports)$/ && uri ~ /debian\/?$/) { print uri; exit }
        }
        # deb822 format: stanzas separated by blank lines
        /^URIs:/ { uris = $2 }
        /^Suites:/ { suites = $0 }
        /^Types:/ { types = $0 }
        /^[[:space:]]*$/ { emit() }
        END { emit() }
        function emit() {
            if (types ~ /deb($|[[:space:]])/ && uris ~ /debian\/?$/ && suites ~ /Suites:[[:space:]]*[a-z]+([[:space:]]|$)/) {
                print uris; exit
            }
            uris = ""; suites = ""; types = ""
        }
    ' "${files[@]}" | head -n 1 | sed 's:/*$::'
}

# ---------------------------------------------------------------------------------------------------------------------
# The Debian 13 root

root_key() { grep -v '^#' "$PKG_LIST" | grep -v '^[[:space:]]*$' | sort | sha256sum | cut -c1-12; }

root_dir() { echo "$CACHE_DIR/$SUITE-$(root_key)"; }

# Runs "$@" inside ROOT with proc, dev, dev/shm, sys and the checkout's parent directory mounted, in a private mount
# namespace so nothing leaks onto the host and nothing needs unmounting.
chroot_run() {
    local root="$1"
    shift
    local share
    share="$(dirname "$SRC_DIR")"
    local display_binds=""
    if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
        display_binds+='mkdir -p "$R/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$R/tmp/.X11-unix";'
        if [ -n "${XAUTHORITY:-}" ] && [ -f "${XAUTHORITY}" ]; then
            display_binds+='mkdir -p "$R$(dirname "$XAUTHORITY")"; touch "$R$XAUTHORITY"; mount --bind "$XAUTHORITY" "$R$XAUTHORITY";'
        fi
    fi
    if [ -n "${WAYLAND_DISPLAY:-}" ] && [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "${XDG_RUNTIME_DIR}" ]; then
        display_binds+='mkdir -p "$R$XDG_RUNTIME_DIR"; mount --bind "$XDG_RUNTIME_DIR" "$R$XDG_RUNTIME_DIR";'
    fi
    # A TLS-intercepting proxy's certificate authority, for npm inside the root (see ensure_pyodide).
    if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "${NODE_EXTRA_CA_CERTS}" ]; then
        display_binds+='touch "$R/etc/pmg-extra-ca.crt"; mount --bind "$NODE_EXTRA_CA_CERTS" "$R/etc/pmg-extra-ca.crt";'
    fi
    local envs=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8
                TERM="${TERM:-dumb}" QTWEBENGINE_DISABLE_SANDBOX=1 DEBIAN_FRONTEND=noninteractive
                CCACHE_BASEDIR="$share")
    local v
    for v in CI DISPLAY WAYLAND_DISPLAY XAUTHORITY XDG_RUNTIME_DIR PMG_REGENERATE_GOLDEN PMG_SCREENSHOT_DIR CTEST_PARALLEL_LEVEL \
             GTEST_FILTER PMG_BENCH_ARGS PMG_PYODIDE_DIR PMG_ALLOW_NO_PYODIDE; do
        [ -n "${!v:-}" ] && envs+=("$v=${!v}")
    done
    if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "${NODE_EXTRA_CA_CERTS}" ]; then
        envs+=(NODE_EXTRA_CA_CERTS=/etc/pmg-extra-ca.crt)
    fi
    "${SUDO[@]}" env R="$root" SHARE="$share" WORKDIR="$PWD" XAUTHORITY="${XAUTHORITY:-}" XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-}" \
        unshare --mount --propagation private -- bash -euc '
            mount -t proc proc "$R/proc"
            mount --rbind /dev "$R/dev"
            mount -t tmpfs -o mode=1777 tmpfs "$R/dev/shm"
            mount --rbind /sys "$R/sys"
            mkdir -p "$R$SHARE"
            mount --rbind "$SHARE" "$R$SHARE"
            '"$display_binds"'
            cd_to="$WORKDIR"; [ -d "$R$cd_to" ] || cd_to=/
            exec chroot "$R" /usr/bin/env -i '"$(printf '%q ' "${envs[@]}")"' bash -c "cd \"\$0\" && exec \"\$@\"" "$cd_to" "$@"
        ' bash "$@"
}

check_free_space() {
    local avail_kb
    mkdir -p "$CACHE_DIR"
    avail_kb="$(df -Pk "$CACHE_DIR" | awk 'NR == 2 { print $4 }')"
    if [ "${avail_kb:-0}" -lt $((3 * 1024 * 1024)) ]; then
        die "not enough disk space in $CACHE_DIR: $((avail_kb / 1024)) MiB free, the Debian 13 root needs about 3 GiB." \
            "Free some space, or point XDG_CACHE_HOME at a larger disk."
    fi
}

provision_root() {
    local root="$1" mirror tmp log
    mirror="$(host_mirror)" || true
    [ -n "$mirror" ] || die "could not find a Debian mirror in this host's apt configuration (/etc/apt/sources.list{,.d})." \
        "Add a 'deb <mirror>/debian <suite> main' entry, as apt itself needs."
    check_free_space
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing debootstrap on the host"
        "${SUDO[@]}" apt-get update -qq >/dev/null 2>&1 || true
        "${SUDO[@]}" apt-get install -y -qq --no-install-recommends debootstrap >/dev/null \
            || die "could not install debootstrap with apt-get." "Check the network and the apt configuration, then retry."
    fi
    say "checking the mirror $mirror"
    if ! /usr/lib/apt/apt-helper download-file "$mirror/dists/$SUITE/Release" "$CACHE_DIR/.release-probe" >/dev/null 2>&1; then
        die "cannot reach the Debian mirror $mirror (tried $mirror/dists/$SUITE/Release)." \
            "Check the network connection and any proxy settings (http_proxy), then run this command again."
    fi
    rm -f "$CACHE_DIR/.release-probe"

    tmp="$root.partial"
    log="$CACHE_DIR/provision.log"
    "${SUDO[@]}" rm -rf "$tmp"
    say "provisioning a Debian 13 root in $root (one time, about a minute; log: $log)"
    local t0=$SECONDS
    if ! "${SUDO[@]}" debootstrap --variant=minbase "$SUITE" "$tmp" "$mirror" >"$log" 2>&1; then
        df -Pk "$CACHE_DIR" | awk 'NR == 2 && $4 < 1048576 { exit 1 }' \
            || die "debootstrap failed: the disk is full. Free space in $CACHE_DIR and run again."
        die "debootstrap failed; the last lines of $log:" "$(tail -n 5 "$log")"
    fi
    printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$SUITE" "$mirror" "$SUITE" \
        | "${SUDO[@]}" tee "$tmp/etc/apt/sources.list" >/dev/null
    "${SUDO[@]}" cp -L /etc/resolv.conf "$tmp/etc/resolv.conf" 2>/dev/null || true
    local pkgs
    pkgs="$(grep -v '^#' "$PKG_LIST" | grep -v '^[[:space:]]*$' | tr '\n' ' ')"
    say "installing the build packages into the root"
    # shellcheck disable=SC2086
    if ! chroot_run "$tmp" bash -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $pkgs && apt-get clean" \
        >>"$log" 2>&1; then
        df -Pk "$CACHE_DIR" | awk 'NR == 2 && $4 < 1048576 { exit 1 }' \
            || die "installing packages failed: the disk is full. Free space in $CACHE_DIR and run again."
        die "installing packages into the root failed; the last lines of $log:" "$(tail -n 8 "$log")"
    fi
    "${SUDO[@]}" touch "$tmp/.pmg-ready"
    "${SUDO[@]}" mv "$tmp" "$root"
    say "root ready in $((SECONDS - t0)) s"
    # Older roots of this project (other package lists) are no longer used.
    local old
    for old in "$CACHE_DIR/$SUITE"-*; do
        [ "$old" = "$root" ] || [ ! -d "$old" ] || { say "removing the outdated root $old"; "${SUDO[@]}" rm -rf "$old"; }
    done
}

ensure_root() {
    need_root
    mkdir -p "$CACHE_DIR"
    local root
    root="$(root_dir)"
    # A lock so that two runs never provision the same root at once; a root without the marker is incomplete.
    exec 9>"$CACHE_DIR/.lock"
    flock 9
    if [ ! -f "$root/.pmg-ready" ]; then
        [ ! -e "$root" ] || { say "found an incomplete root, provisioning it again"; "${SUDO[@]}" rm -rf "$root"; }
        provision_root "$root"
    fi
    flock -u 9
    echo "$root"
}

# ---------------------------------------------------------------------------------------------------------------------
# Running commands in the chosen environment

ENV_KIND=""
ROOT=""
in_env() {
    if [ "$ENV_KIND" = native ]; then
        QTWEBENGINE_DISABLE_SANDBOX="${QTWEBENGINE_DISABLE_SANDBOX:-$([ "$(id -u)" -eq 0 ] && echo 1 || echo 0)}" "$@"
    else
        chroot_run "$ROOT" "$@"
    fi
}

# ---------------------------------------------------------------------------------------------------------------------
# Pyodide: CPython 3.14 in WebAssembly, for the content test's min-python=3.14 snippets (Debian 13 has python3 3.13).
# Installed from the npm registry with `npm ci` (exact versions and hashes from packaging/env/pyodide/package-lock.json)
# into a cache folder of the build environment, once per lock file; PMG_PYODIDE_DIR tells the tests where it is.

ensure_pyodide() {
    local lock="$SRC_DIR/packaging/env/pyodide/package-lock.json" key cache dir
    key="$(sha256sum "$lock" | cut -c1-12)"
    if [ "$ENV_KIND" = root ]; then cache=/root/.cache/python-mastery-garden; else cache="$CACHE_DIR"; fi
    dir="$cache/pyodide-$key"
    export PMG_PYODIDE_DIR="$dir/node_modules/pyodide"
    if in_env test -f "$dir/.pmg-ready"; then return; fi
    say "installing Pyodide (npm package pyodide, CPython 3.14 for the snippet checker) into $dir"
    # Built in a scratch folder and renamed into place, so an interrupted install is never mistaken for a finished one.
    if ! in_env bash -euc '
        dir="$1"; tmp="$dir.partial.$$"
        rm -rf "$tmp"; mkdir -p "$tmp"
        cp packaging/env/pyodide/package.json packaging/env/pyodide/package-lock.json "$tmp/"
        npm ci --prefix "$tmp" --no-audit --no-fund --ignore-scripts --loglevel=error >&2
        touch "$tmp/.pmg-ready"
        mv -T "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"  # another run may have won the race
        ' bash "$dir"; then
        say "WARNING: could not install Pyodide with npm; the content test will FAIL its Pyodide check" \
            "(set PMG_ALLOW_NO_PYODIDE=1 to skip it knowingly; the min-python=3.14 snippets then go unverified)"
    fi
}

setup() {
    ENV_KIND="$(choose_env)"
    if [ "$ENV_KIND" = root ]; then
        ROOT="$(ensure_root)"
        say "using the Debian 13 root $ROOT"
    else
        say "building natively on this host"
    fi
    ensure_pyodide
}

build() {
    local preset="$1"
    in_env cmake --preset "$preset" >/dev/null
    in_env cmake --build --preset "$preset"
}

cmd_run() {
    setup
    build release
    local app="$SRC_DIR/build/release/app/gui/python-mastery-garden"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
        say "starting the app on your display"
        in_env "$app"
    else
        local shot="${PMG_SCREENSHOT_DIR:-$SRC_DIR/build}/screenshot-main-window.png"
        local profile="$SRC_DIR/build/run-profile"
        in_env xvfb-run -a -s "-screen 0 1440x900x24" "$app" --profile "$profile" --screenshot "$shot"
        say "no display: ran the app under Xvfb"
        echo "$shot"
    fi
}

cmd_test() {
    setup
    export CI="${CI:-}"
    in_env cmake --preset asan >/dev/null
    in_env cmake --build --preset asan
    local status=0
    # One X server for the whole suite: GUI tests need a display, the others ignore it.
    in_env xvfb-run -a -s "-screen 0 1440x900x24" ctest --preset asan || status=$?
    release_and_benchmarks || status=1
    return "$status"
}

# What the suite does not build: the Release configuration with warnings as errors, and the benchmarks, each run once
# (one iteration per benchmark: whether it still builds, runs and reports no error, not how fast it is), so that
# neither rots. A benchmark fails on a non-zero exit, a crash, an "ERROR OCCURRED" (SkipWithError) or 10 minutes.
release_and_benchmarks() {
    say "Release build with warnings as errors (preset ci-release), then every benchmark once"
    in_env cmake --preset ci-release >/dev/null || return 1
    in_env cmake --build --preset ci-release || return 1
    in_env bash -c '
        failed=0 ran=0
        for b in build/ci-release/bench/bench_*; do
            [ -f "$b" ] && [ -x "$b" ] || continue
            ran=$((ran + 1)) start=$SECONDS
            rc=0
            out="$(timeout 600 "$b" --benchmark_min_time=1x 2>&1)" || rc=$?
            if [ "$rc" -eq 0 ] && ! grep -q "ERROR OCCURRED" <<<"$out"; then
                echo "[bench] ok     $(basename "$b") ($((SECONDS - start)) s)"
            else
                why="exit status $rc"
                [ "$rc" -ne 0 ] || why="it reported an error"
                [ "$rc" -ne 124 ] || why="no result within 600 s"
                printf "%s\n" "$out"
                echo "[bench] FAILED $(basename "$b") ($why, $((SECONDS - start)) s)"
                failed=1
            fi
        done
        [ "$ran" -gt 0 ] || { echo "[bench] FAILED: no benchmark programs in build/ci-release/bench"; exit 1; }
        exit "$failed"'
}

cmd_bench() {
    setup
    build release
    in_env bash -c 'set -e; for b in build/release/bench/bench_*; do if [ -f "$b" ] && [ -x "$b" ]; then "$b" ${PMG_BENCH_ARGS:---benchmark_min_time=0.2s}; fi; done'
}

main() {
    [ $# -ge 1 ] || usage
    local cmd="$1"
    shift
    cd "$SRC_DIR"
    case "$cmd" in
        run) cmd_run ;;
        test) cmd_test ;;
        bench) cmd_bench ;;
        exec) setup; in_env "$@" ;;
        shell) setup; in_env bash -i ;;
        root-path) ENV_KIND=root; ensure_root ;;
        *) usage ;;
    esac
}

main "$@"
