#!/usr/bin/env bash
# Every record of the fixtures and the development sets, one line each, into FILE: run it before and
# after a refactoring or an optimisation and `cmp` the two (the records must be byte-identical).
#
#   scripts/snapshot.sh FILE [FOLDER...]     default folders: fixtures ../shared/eval ../shared/seeds
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "$1")"; shift
folders=("$@"); [ ${#folders[@]} -gt 0 ] || folders=(fixtures ../shared/eval ../shared/seeds)
B=target-snapshot
mvn -q -o -DbuildDir=$B compile dependency:build-classpath -Dmdep.outputFile=$B/snapshot.cp
mkdir -p $B/snapshot-classes
javac -nowarn -d $B/snapshot-classes -cp "$B/classes:$(cat $B/snapshot.cp)" src/bench/java/dev/mailclip/bench/Snapshot.java
existing=(); for f in "${folders[@]}"; do [ -e "$f" ] && existing+=("$f"); done
java -cp "$B/snapshot-classes:$B/classes:$(cat $B/snapshot.cp)" dev.mailclip.bench.Snapshot "${existing[@]}" > "$out"
echo "$(wc -l < "$out") records in $out"
