#!/bin/sh
# Runs each fuzzer for a fixed time over a copy of its corpus (the repository is not changed),
# then prints one line per fuzzer: runs, executions per second, coverage (cov, ft), peak memory.
# A crash, a timeout (an input over 5 s) or memory over the limit fails the run; the input is
# kept under $FINDINGS and must become a file in Fuzz/regressions/<fuzzer>/ and a unit test.
#
#   sh Fuzz/run.sh SECONDS BINDIR [FUZZER ...]
set -u
# libFuzzer reports the crash; Swift's own backtracer, reading memory under ASan, would only trip it.
export SWIFT_BACKTRACE=enable=no
seconds=$1 bindir=$2
shift 2
fuzzers=${*:-varlink rubric spreadsheet}
root=$(cd "$(dirname "$0")" && pwd)
FINDINGS=${FINDINGS:-$(dirname "$bindir")/findings}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
failed=""
summary=""
for fuzzer in $fuzzers; do
  mkdir -p "$work/$fuzzer/corpus" "$FINDINGS/$fuzzer"
  cp "$root/corpus/$fuzzer/"* "$work/$fuzzer/corpus/"
  [ -d "$root/regressions/$fuzzer" ] && cp "$root/regressions/$fuzzer/"* "$work/$fuzzer/corpus/" 2>/dev/null
  # Frames up to twice the fuzzer's limit; whole rubrics; CSV files of a few dozen rows.
  case $fuzzer in varlink) maxlen=4096 ;; *) maxlen=16384 ;; esac
  dict=""
  [ -f "$root/dictionaries/$fuzzer.dict" ] && dict="-dict=$root/dictionaries/$fuzzer.dict"
  echo "== fuzz-$fuzzer for ${seconds}s"
  "$bindir/fuzz-$fuzzer" "$work/$fuzzer/corpus" $dict -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
    -max_len=$maxlen -print_final_stats=1 -artifact_prefix="$FINDINGS/$fuzzer/" >"$work/$fuzzer/log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$fuzzer/log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$fuzzer/log")
  memory=$(sed -n 's/^stat::peak_rss_mb: *//p' "$work/$fuzzer/log")
  last=$(grep -E '^#[0-9]+' "$work/$fuzzer/log" | tail -n 1)
  cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  line=$(printf '%-12s %10s runs %8s exec/s  cov %6s  ft %6s  rss %5s MB' "$fuzzer" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${memory:-?}")
  if [ $status -ne 0 ]; then
    failed="$failed $fuzzer"
    line="$line  FAILED (exit $status)"
    grep -E 'ERROR|Fatal error|SUMMARY|Test unit written|==[0-9]+==' "$work/$fuzzer/log" | head -n 20 \
      || tail -n 15 "$work/$fuzzer/log"
  fi
  echo "$line"
  summary="$summary$line
"
done
echo "== fuzzing summary (${seconds}s each)"
printf '%s' "$summary"
if [ -n "$failed" ]; then
  echo "fuzzing found a problem in:$failed; inputs in $FINDINGS"
  exit 1
fi
