#!/usr/bin/env bash
# Runs the differential corpus under minipy with the given -X options and reports each script
# whose behaviour differs from CPython 3.11's recorded one:
#
#   tests/run-corpus.sh                          # the default: -X dev -X gc-verify
#   tests/run-corpus.sh -X dev -X gc-stress      # any other mode
#   JOBS=2 SCRIPTS="tests/corpus/gc/*.py" tests/run-corpus.sh -X gc-verify
#
# For each tests/corpus/**/X.py with X.out: runs `java -jar vm/target/minipy.jar run OPTIONS X.py`
# in the script's directory; stdout must equal X.out, the exit status X.status (0 when absent),
# and stderr must not contain "heap check", "gc-verify", "still allocated" or "internal error".
# Build first: mvn -q -o install -DskipTests -pl compiler,runtime,vm (or set JAR to another jar)
# Exit status: 0 when every script passes, 1 otherwise. Failures are listed with their stderr's
# first lines; FULL=1 keeps their outputs in $OUT (default /tmp/minipy-corpus).
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=${JAR:-"$ROOT/vm/target/minipy.jar"}
JOBS=${JOBS:-2}
OUT=${OUT:-/tmp/minipy-corpus}
if [ $# -eq 0 ]; then
    set -- -X dev -X gc-verify
fi
[ -f "$JAR" ] || { echo "no $JAR: build first" >&2; exit 2; }
rm -rf "$OUT" && mkdir -p "$OUT"
export JAR OUT
export OPTIONS="$*"

check_one() {
    script=$1
    dir=$(dirname "$script")
    stem=$(basename "$script" .py)
    [ -f "$dir/$stem.out" ] || exit 0
    key=$(echo "$script" | tr '/' '_')
    expected_status=0
    [ -f "$dir/$stem.status" ] && expected_status=$(tr -d '[:space:]' < "$dir/$stem.status")
    # shellcheck disable=SC2086
    (cd "$dir" && timeout 300 java -jar "$JAR" run $OPTIONS "$stem.py" > "$OUT/$key.stdout" 2> "$OUT/$key.stderr" < /dev/null)
    status=$?
    problem=""
    if ! cmp -s "$OUT/$key.stdout" "$dir/$stem.out"; then
        problem="stdout differs"
    elif [ "$status" != "$expected_status" ]; then
        problem="exit status $status, expected $expected_status"
    elif grep -q -e "heap check" -e "gc-verify" -e "still allocated" -e "internal error" "$OUT/$key.stderr"; then
        problem="stderr reports a problem"
    fi
    if [ -n "$problem" ]; then
        echo "FAIL $script: $problem"
        head -c 600 "$OUT/$key.stderr" | sed 's/^/    /'
        echo
    else
        rm -f "$OUT/$key.stdout" "$OUT/$key.stderr"
    fi
}
export -f check_one

cd "$ROOT"
if [ -n "${SCRIPTS:-}" ]; then
    # shellcheck disable=SC2086
    list=$(ls $SCRIPTS)
else
    list=$(find tests/corpus -name '*.py' | sort)
fi
total=$(echo "$list" | wc -l)
report=$(echo "$list" | xargs -P "$JOBS" -I{} bash -c 'check_one "$@"' _ {})
failed=$(echo "$report" | grep -c '^FAIL' || true)
echo "$report" | grep -v '^$' || true
echo "corpus with [$OPTIONS]: $((total - failed)) of $total scripts pass"
[ "$failed" -eq 0 ]
