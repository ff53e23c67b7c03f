# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks one ```pycon session from a note with the standard doctest module.

Usage: python3 doctest_runner.py SESSION_FILE
Exit status 0 when every example printed what the session shows; otherwise the report is on stdout.
"""
import doctest
import sys


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {"__name__": "__main__"}, "session", sys.argv[1], 0)
    if not test.examples:
        print("the session has no '>>>' examples")
        return 1
    flags = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL
    runner = doctest.DocTestRunner(optionflags=flags)
    runner.run(test, out=sys.stdout.write)
    return 1 if runner.failures else 0


if __name__ == "__main__":
    sys.exit(main())
