"""sqlglot's Oracle -> PostgreSQL transpiler, driven by bench/sqlglot.ts over stdin/stdout (JSON).

Requests (one JSON object on stdin):
  {"mode": "version"}
  {"mode": "transpile", "statements": ["SELECT ...", ...]}
      -> {"results": [{"ok": true, "sql": "..."} | {"ok": false, "error": "..."}]}
  {"mode": "bench", "script": "...", "scriptStatements": [...], "statements": [...],
   "warmup": N, "iterations": N}
      -> {"scriptSeconds": s, "scriptStatements": n, "scriptError": null | "...",
          "scriptFailed": n, "perStatementNs": [[ns, ...], ...]}

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
    script_error = None
    script_failed = 0
    started = time.perf_counter()
    try:
        script_statements = len(transpile(request["script"]))
    except Exception as error:
        # sqlglot stops at the first statement it cannot parse; time it statement by statement
        # instead, so that it still translates the whole script, and count the refusals.
        script_error = f"{type(error).__name__}: {error}".splitlines()[0]
        started = time.perf_counter()
        script_statements = 0
        for sql in request["scriptStatements"]:
            try:
                transpile(sql)
                script_statements += 1
            except Exception:
                script_failed += 1
    script_seconds = time.perf_counter() - started

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
        "scriptStatements": script_statements,
        "scriptError": script_error,
        "scriptFailed": script_failed,
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
