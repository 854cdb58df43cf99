#!/usr/bin/env bash
# Scores mailclip on the development set (../shared/eval/dev by default) and prints the summary.
# usage: scripts/eval.sh [SETDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
set_dir="${1:-../shared/eval/dev}"
eval_dir="$(cd "$set_dir/.." && pwd)"
out="$(mktemp -d)/records.jsonl"
# (re)build when the jar is missing or older than any source
if [ ! -f target/mailclip.jar ] || [ -n "$(find src/main pom.xml -newer target/mailclip.jar -print -quit)" ]; then
    mvn -q -DskipTests package
fi
java -jar target/mailclip.jar import "$set_dir" --sink "jsonl:$out" --quiet
python3 "$eval_dir/score.py" "$set_dir" "$out"
