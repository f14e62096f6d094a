"""sqlglot's Oracle -> PostgreSQL transpiler, driven by bench/sqlglot.ts over stdin/stdout (JSON).

Requests (one JSON object on stdin):
  {"mode": "version"}
  {"mode": "transpile", "statements": ["SELECT ...", ...]}
      -> {"results": [{"ok": true, "sql": "..."} | {"ok": false, "error": "..."}]}
  {"mode": "bench", "scriptStatements": [...], "wholeScripts": ["...", ...],
   "statements": [...], "warmup": N, "iterations": N}
      -> {"scriptSeconds": s, "scriptFailed": n, "wholeScriptSeconds": [s, ...],
          "perStatementNs": [[ns, ...], ...]}

Times are taken inside this process with time.perf_counter_ns, so the interpreter's start
and the import of sqlglot are not counted. Uses Debian's python3-sqlglot (/usr/bin/python3).
"""

import json
import sys
import time

import sqlglot


def transpile(sql):
    """One statement (or script) through sqlglot with its defaults, as `sqlglot.transpile` is documented."""
    return sqlglot.transpile(sql, read="oracle", write="postgres")


def run_transpile(request):
    results = []
    for sql in request["statements"]:
        try:
            results.append({"ok": True, "sql": "; ".join(transpile(sql))})
        except Exception as error:  # sqlglot raises ParseError, UnsupportedError, TokenError, ...
            results.append({"ok": False, "error": f"{type(error).__name__}: {error}".splitlines()[0]})
    return {"results": results}


def run_bench(request):
    # The script statement by statement: sqlglot.transpile over a whole multi-statement text
    # grows quadratically with its length (0.1, 0.2, 0.4 MB took 1.5, 4.7, 23 s here), so one
    # call over 5 MB would take hours; the statements are the ones Decant's splitter finds.
    script_failed = 0
    started = time.perf_counter()
    for sql in request["scriptStatements"]:
        try:
            transpile(sql)
        except Exception:  # a refusal still counts its time
            script_failed += 1
    script_seconds = time.perf_counter() - started

    # The whole-text call on small scripts, to show how it grows.
    whole = []
    for text in request.get("wholeScripts", []):
        started = time.perf_counter()
        try:
            transpile(text)
        except Exception:
            pass
        whole.append(time.perf_counter() - started)

    per_statement = []
    for sql in request["statements"]:
        for _ in range(request["warmup"]):
            transpile(sql)
        timings = []
        for _ in range(request["iterations"]):
            t0 = time.perf_counter_ns()
            transpile(sql)
            timings.append(time.perf_counter_ns() - t0)
        per_statement.append(timings)
    return {
        "scriptSeconds": script_seconds,
        "scriptFailed": script_failed,
        "wholeScriptSeconds": whole,
        "perStatementNs": per_statement,
    }


def main():
    request = json.load(sys.stdin)
    mode = request["mode"]
    if mode == "version":
        answer = {"version": sqlglot.__version__, "python": sys.version.split()[0]}
    elif mode == "transpile":
        answer = run_transpile(request)
    elif mode == "bench":
        answer = run_bench(request)
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
