# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a challenge's tests, pytest style, with the standard library only.

The working directory holds solution.py (the learner's code or the reference) and test_solution.py.
Every top-level function named test_* is called in definition order; a test passes when it returns without raising.
Prints one JSON object: {"tests": [{"name", "status": "pass"|"fail"|"error", "message"}], "passed": N, "failed": N}.
"""
import importlib
import json
import sys
import traceback


def describe(exc: BaseException) -> str:
    lines = traceback.format_exception_only(type(exc), exc)
    text = "".join(lines).strip()
    if isinstance(exc, AssertionError):
        frames = traceback.extract_tb(exc.__traceback__)
        if frames and frames[-1].line:
            text = f"{text} (at: {frames[-1].line.strip()})" if text != "AssertionError" else f"failed: {frames[-1].line.strip()}"
    return text[:500]


def main() -> int:
    sys.path.insert(0, ".")
    results = []
    try:
        module = importlib.import_module("test_solution")
    except BaseException as exc:  # the learner's code may fail at import time in any way
        results.append({"name": "import", "status": "error", "message": describe(exc)})
        module = None
    if module is not None:
        tests = [(name, obj) for name, obj in vars(module).items() if name.startswith("test_") and callable(obj)]
        if not tests:
            results.append({"name": "collect", "status": "error", "message": "no test_ functions found"})
        for name, func in tests:
            try:
                func()
                results.append({"name": name, "status": "pass", "message": ""})
            except AssertionError as exc:
                results.append({"name": name, "status": "fail", "message": describe(exc)})
            except BaseException as exc:
                results.append({"name": name, "status": "error", "message": describe(exc)})
    passed = sum(1 for r in results if r["status"] == "pass")
    print(json.dumps({"tests": results, "passed": passed, "failed": len(results) - passed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
