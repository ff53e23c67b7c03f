// SPDX-FileCopyrightText: 2026 Python Mastery Garden contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs Python code with Pyodide (CPython compiled to WebAssembly) the way `python3 ARGS` would, so that the snippet
// checker can prove curriculum code that needs a newer CPython than the machine's python3.
//
// Usage: node pyodide_runner.js PYODIDE_DIR WORKDIR (SCRIPT | -c CODE) [ARGS...]
//   PYODIDE_DIR  the installed npm package (the folder holding pyodide.js)
//   WORKDIR      a real folder ("." for the current one), mounted at the same path inside Pyodide and made the
//                current directory
// The program's stdout and stderr are passed through byte for byte; the exit status is the Python program's (0, the
// SystemExit code, or 1 for an uncaught exception, printed as a traceback). Status 2 means Pyodide itself failed.
"use strict";

const path = require("path");

// Python side: argv handling, SystemExit and tracebacks as the real interpreter does them.
const DRIVER = `
import os, runpy, sys, traceback

def _pmg_main(argv, cwd):
    os.chdir(cwd)
    try:
        if argv and argv[0] == "-c":
            sys.argv = ["-c", *argv[2:]]
            sys.path.insert(0, "")
            exec(compile(argv[1], "<string>", "exec"), {"__name__": "__main__"})
        else:
            sys.argv = list(argv)
            sys.path.insert(0, os.path.dirname(os.path.abspath(argv[0])))
            runpy.run_path(argv[0], run_name="__main__")
    except SystemExit as exc:
        if exc.code is None:
            return 0
        if isinstance(exc.code, int):
            return exc.code
        print(exc.code, file=sys.stderr)
        return 1
    except BaseException:
        traceback.print_exc()
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return 0

_pmg_main(list(_pmg_argv), _pmg_cwd)
`;

async function main() {
    const [pyodideDir, workDirArgument, ...pythonArgs] = process.argv.slice(2);
    if (!pyodideDir || !workDirArgument || pythonArgs.length === 0) {
        process.stderr.write("usage: node pyodide_runner.js PYODIDE_DIR WORKDIR (SCRIPT | -c CODE) [ARGS...]\n");
        return 2;
    }
    const workDir = path.resolve(workDirArgument);
    const { loadPyodide } = require(path.join(pyodideDir, "pyodide.js"));
    const pyodide = await loadPyodide({
        indexURL: pyodideDir + path.sep,
        // The same environment PythonProcess gives python3: stable set order, UTF-8, no bytecode files.
        env: { PYTHONHASHSEED: "0", PYTHONUTF8: "1", PYTHONDONTWRITEBYTECODE: "1", HOME: "/home/pyodide" },
    });
    pyodide.setStdout({ write: (bytes) => { process.stdout.write(Buffer.from(bytes)); return bytes.length; } });
    pyodide.setStderr({ write: (bytes) => { process.stderr.write(Buffer.from(bytes)); return bytes.length; } });
    pyodide.FS.mkdirTree(workDir);
    pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: workDir }, workDir);
    pyodide.globals.set("_pmg_argv", pythonArgs);
    pyodide.globals.set("_pmg_cwd", workDir);
    return pyodide.runPython(DRIVER);
}

main().then(
    (status) => { process.exitCode = status; },
    (error) => {
        process.stderr.write(`pyodide_runner: ${error && error.stack ? error.stack : error}\n`);
        process.exitCode = 2;
    });
