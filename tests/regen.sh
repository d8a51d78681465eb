#!/usr/bin/env bash
# Records CPython 3.11's behaviour for corpus scripts: for each SCRIPT.py, SCRIPT.out (stdout)
# and, when the exit status is not 0, SCRIPT.status (the status) and SCRIPT.err (stderr's last
# line). Each script runs in its own directory, as the differential test runs it. Scripts under
# corpus/tracebacks/ also keep their whole stderr as SCRIPT.stderr (compared line for line).
# Usage: tests/regen.sh [SCRIPT.py ...]   (default: every script under tests/corpus and examples/)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=$(cd "$here/../../shared/oracle" 2>/dev/null && pwd)/cpython311.py
[[ -f $oracle ]] || { echo "regen.sh: no oracle at ../shared/oracle" >&2; exit 2; }
scripts=("$@")
if [[ ${#scripts[@]} -eq 0 ]]; then
  mapfile -t scripts < <(find "$here/corpus" "$here/../examples" -name '*.py' | sort)
fi
for s in "${scripts[@]}"; do
  dir=$(cd "$(dirname "$s")" && pwd); name=$(basename "$s" .py)
  set +e
  (cd "$dir" && python3 "$oracle" "$name.py" >"$name.out" 2>"$name.stderr" </dev/null)
  status=$?
  set -e
  if [[ $status -ne 0 ]]; then
    echo "$status" >"$dir/$name.status"
    tail -n 1 "$dir/$name.stderr" >"$dir/$name.err"
  else
    rm -f "$dir/$name.status" "$dir/$name.err"
  fi
  if [[ $(basename "$dir") != tracebacks ]]; then
    rm -f "$dir/$name.stderr"
  fi
  echo "recorded $s (exit $status)"
done
