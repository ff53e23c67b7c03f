# SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a challenge's tests, pytest style, with the standard library only.

The working directory holds solution.py (the learner's code or the reference) and test_solution.py.
Every top-level function named test_* is called in definition order; a test passes when it returns without raising.

The verdict is written to a report file whose path is the first line of standard input, read before any of the
learner's code is imported. Nothing is printed for the app to parse: a program that prints a fake verdict, or exits
before the tests ran, does not pass. The report is one JSON object:
{"tests": [{"name", "status": "pass"|"fail"|"error", "message", "output"}], "passed": N, "failed": N}
where "output" is what the test printed (capped).
"""
import contextlib
import importlib
import io
import json
import sys
import traceback

OUTPUT_LIMIT = 4000
MESSAGE_LIMIT = 500


class CappedText(io.TextIOBase):
    """A text stream keeping the first OUTPUT_LIMIT characters written to it and counting the rest."""

    def __init__(self):
        super().__init__()
        self.parts = []
        self.kept = 0
        self.dropped = 0

    def writable(self):
        return True

    def write(self, text):
        room = OUTPUT_LIMIT - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(len(text), room)
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def text(self):
        text = "".join(self.parts)
        return text + f"\n… output truncated ({self.dropped} more characters)" if self.dropped else text


def describe(exc: BaseException) -> str:
    lines = traceback.format_exception_only(type(exc), exc)
    text = "".join(lines).strip()
    if isinstance(exc, AssertionError):
        frames = traceback.extract_tb(exc.__traceback__)
        if frames and frames[-1].line:
            text = f"{text} (at: {frames[-1].line.strip()})" if text != "AssertionError" else f"failed: {frames[-1].line.strip()}"
    return text[:MESSAGE_LIMIT]


def run_test(name, func):
    output = CappedText()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        try:
            func()
            status, message = "pass", ""
        except AssertionError as exc:
            status, message = "fail", describe(exc)
        except BaseException as exc:  # SystemExit, KeyboardInterrupt and the rest fail the test, not the run
            status, message = "error", describe(exc)
    return {"name": name, "status": status, "message": message, "output": output.text()}


def run_tests():
    sys.path.insert(0, ".")
    try:
        module = importlib.import_module("test_solution")
    except BaseException as exc:  # the learner's code may fail at import time in any way
        return [{"name": "import", "status": "error", "message": describe(exc), "output": ""}]
    tests = [(name, obj) for name, obj in vars(module).items() if name.startswith("test_") and callable(obj)]
    if not tests:
        return [{"name": "collect", "status": "error", "message": "no test_ functions found", "output": ""}]
    return [run_test(name, func) for name, func in tests]


def main() -> int:
    report_path = sys.stdin.readline().rstrip("\n")
    if not report_path:
        print("challenge_runner.py: the report path must be the first line of standard input", file=sys.stderr)
        return 2
    results = run_tests()
    passed = sum(1 for r in results if r["status"] == "pass")
    with open(report_path, "w", encoding="utf-8") as report:
        json.dump({"tests": results, "passed": passed, "failed": len(results) - passed}, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
