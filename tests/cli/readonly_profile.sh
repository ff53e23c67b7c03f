#!/bin/sh
# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# garden on a profile whose database file (or whole folder) sits on a read-only mount — the case mode 444 covers for
# non-root users, which root ignores: it must run read-only, say so, and leave the file byte-identical with no -wal or
# -shm beside it.  Usage: readonly_profile.sh GARDEN CURRICULUM WORKDIR file|folder
set -eu
garden="$1" curriculum="$2" work="$3" what="$4"
rm -rf "$work"
mkdir -p "$work/p"
"$garden" search --curriculum "$curriculum" --profile "$work/p" yield >/dev/null
db="$work/p/garden.sqlite"
before="$(sha1sum "$db" | cut -d' ' -f1)"
if [ "$what" = file ]; then target="$db"; else target="$work/p"; fi

if [ "$(id -u)" -ne 0 ] || ! unshare --mount --propagation unchanged true 2>/dev/null; then
    echo "SKIP: a read-only bind mount needs root (and unshare)"
    exit 77
fi
unshare --mount --propagation unchanged sh -c '
    mount --bind -o ro "$1" "$1"
    "$2" search --curriculum "$3" --profile "$4" --limit 1 yield; echo "search=$?"
' sh "$target" "$garden" "$curriculum" "$work/p" 2>&1

after="$(sha1sum "$db" | cut -d' ' -f1)"
[ "$before" = "$after" ] && echo "unchanged" || echo "CHANGED"
ls "$work/p" | grep -E 'garden.sqlite-(wal|shm)' || echo "no journal files"
