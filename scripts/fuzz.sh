#!/usr/bin/env bash
# Fuzzes every target of dev.mailclip.fuzz for a set time each, one after the other (Maven profile `fuzz`),
# then prints what each run did. Each target's corpus grows in place under
# src/test/resources/dev/mailclip/fuzz/<Test>Inputs/<method>/, which every `mvn test` replays: commit it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]     (default 3600 s; targets: split parse unwrap recover extract)
#
# A crashing input is kept as target/fuzz-<target>-crash-<sha1>; copy it into the target's corpus directory
# once it is fixed, so it stays a regression input.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-3600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(split parse unwrap recover extract)

mvn -B -ntp -q -DskipTests test-compile
goals=()
for t in "${targets[@]}"; do goals+=("exec:exec@$t"); done
status=0
mvn -B -ntp -q -Pfuzz -Dfuzz.seconds="$seconds" "${goals[@]}" || status=$?

for t in "${targets[@]}"; do
  log="target/fuzz-$t.log"
  [ -f "$log" ] || { echo "$t: no log"; continue; }
  runs=$(grep -o '^Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$log" | tail -1)
  crashes=$(ls target/fuzz-"$t"-crash-* 2>/dev/null | wc -l)
  echo "$t: ${runs:-interrupted} | ${cov:-no coverage line} | findings: $crashes"
done
exit $status
