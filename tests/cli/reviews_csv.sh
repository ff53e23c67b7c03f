#!/bin/sh
# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# garden reviews import/export and garden cards export on a fresh profile: a good file is imported once (a second
# import skips every row), a file with bad rows is refused line by line and leaves the log as it was, and the exports
# give back what went in.  Usage: reviews_csv.sh GARDEN CURRICULUM DATA WORKDIR
set -u
garden="$1" curriculum="$2" data="$3" work="$4"
rm -rf "$work"
mkdir -p "$work"
p="$work/p"
"$garden" reviews import "$data/good.csv" --profile "$p" --curriculum "$curriculum"; echo "first=$?"
"$garden" reviews import "$data/good.csv" --profile "$p" --curriculum "$curriculum"; echo "again=$?"
"$garden" reviews export --format csv --profile "$p" --curriculum "$curriculum" > "$work/before.csv"
"$garden" reviews import "$data/bad.csv" --profile "$p" --curriculum "$curriculum" 2>&1; echo "bad=$?"
"$garden" reviews export --format csv --profile "$p" --curriculum "$curriculum" > "$work/after.csv"
cmp -s "$work/before.csv" "$work/after.csv" && echo "log unchanged"
cat "$work/after.csv"
"$garden" cards export --format csv --profile "$p" --curriculum "$curriculum" --at 2026-11-22T12:00:00Z \
    | grep -E '^(card_id|c-p1-walrus|c-p3-gather-order),'
