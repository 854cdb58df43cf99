#!/usr/bin/env bash
# Scores mailclip on the development sets and prints, per set, the table per style and the summary.
# usage: scripts/eval.sh [SETDIR...]   (default: ../shared/eval/dev and ../shared/eval/shares)
set -euo pipefail
cd "$(dirname "$0")/.."
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(../shared/eval/dev ../shared/eval/shares)
# (re)build when the jar is missing or older than any source
if [ ! -f target/mailclip.jar ] || [ -n "$(find src/main pom.xml -newer target/mailclip.jar -print -quit)" ]; then
    mvn -q -DskipTests package
fi
for set_dir in "${sets[@]}"; do
    eval_dir="$(cd "$set_dir/.." && pwd)"
    out="$(mktemp -d)/records.jsonl"
    # only the set's messages: its README and gold file are no clips
    java -jar target/mailclip.jar import "$set_dir"/*.eml --sink "jsonl:$out" --quiet
    python3 "$eval_dir/score.py" "$set_dir" "$out"
done
