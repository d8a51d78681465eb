#!/usr/bin/env bash
# How much of a script's time is warm-up: runs each benchmark script's main part three times in
# one process, under minipy and under CPython, and prints each run's seconds. The first run pays
# for HotSpot compiling the interpreter, the runtime and the JVM-bytecode tier's classes; the
# third is the steady state. Start-up is not in any run.
# Run from the project root: bench/steady-state.sh [SCRIPT.py ...]  (default: ../shared/bench/*.py)
# Each script is rewritten (into a temporary directory) so that its statements after its last
# top-level def or class run in a loop of three, timed with time.perf_counter; its output is
# then printed three times, on stdout, and the times on stderr.
set -u
[[ -x ./minipy ]] || { echo "steady-state.sh: run it from the project root (no ./minipy here)" >&2; exit 2; }
scripts=("$@"); [[ ${#scripts[@]} -gt 0 ]] || scripts=(../shared/bench/*.py)
cpython=$(command -v /usr/bin/python3.11 || python3 -c 'import sys; print(sys.executable)')
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "cpython: $cpython ($($cpython -V 2>&1)); $(nproc) cores; $(date -u +%F); seconds of runs 1, 2, 3"
echo
echo "| script | minipy | cpython | steady ratio (run 3) |"
echo "|---|---|---|---|"
for s in "${scripts[@]}"; do
  b=$(basename "$s" .py)
  python3 - "$s" "$tmp/$b.py" <<'EOF'
import sys
lines = open(sys.argv[1]).read().rstrip("\n").split("\n")
last = 0   # the line after the last top-level def or class block
for i, line in enumerate(lines):
    if line.startswith(("def ", "class ")):
        j = i + 1
        while j < len(lines) and (lines[j].startswith((" ", "\t")) or not lines[j].strip()):
            j += 1
        last = j
body = [l for l in lines[last:] if l.strip()]
out = lines[:last] + ["import sys as _sys, time as _time", "for _run in range(3):",
                      "    _start = _time.perf_counter()"]
out += ["    " + l for l in body]
out += ["    print('%.3f' % (_time.perf_counter() - _start), file=_sys.stderr)"]
open(sys.argv[2], "w").write("\n".join(out) + "\n")
EOF
  m=$(./minipy run "$tmp/$b.py" 2>&1 >/dev/null | tr '\n' ' ')
  c=$("$cpython" "$tmp/$b.py" 2>&1 >/dev/null | tr '\n' ' ')
  ratio=$(awk -v m="$m" -v c="$c" 'BEGIN {split(m, a, " "); split(c, b, " "); if (b[3] > 0) printf "%.2f", a[3] / b[3]}')
  echo "| $b | $m| $c| $ratio |"
done
