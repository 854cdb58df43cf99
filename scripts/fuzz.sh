#!/usr/bin/env bash
# Fuzzes every target of dev.mailclip.fuzz for a set time each, one after the other (Maven profile `fuzz`,
# Jazzer's driver, mailclip, Jakarta Mail, Angus and jsoup instrumented), then minimises each grown corpus
# (libFuzzer's -merge=1: the fewest inputs with the same coverage) and prints what each run did.
# The corpus lives in src/test/resources/dev/mailclip/fuzz/<Test>Inputs/<method>/, which every `mvn test`
# replays: commit it.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET ...]     (default 3600 s; targets: split parse unwrap recover extract)
#   FUZZ_ONLY_MERGE=1 scripts/fuzz.sh 0 TARGET ...         minimise a corpus grown elsewhere, without fuzzing
#
# A crashing input is kept as target/fuzz-<target>-crash-<sha1>; copy it into the target's corpus directory
# once it is fixed, so it stays a regression input.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-3600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(split parse unwrap recover extract)

declare -A CLASS=([split]='MboxFuzzTest$Split' [parse]='MailParserFuzzTest$Parse' [unwrap]='ForwardFuzzTest$Unwrap'
                  [recover]='RecoveryFuzzTest$Recover' [extract]='RecoveryFuzzTest$Extract')
declare -A DIR=([split]=MboxFuzzTestInputs/split [parse]=MailParserFuzzTestInputs/parse
                [unwrap]=ForwardFuzzTestInputs/unwrap [recover]=RecoveryFuzzTestInputs/recover
                [extract]=RecoveryFuzzTestInputs/extract)
corpus=src/test/resources/dev/mailclip/fuzz

mvn -B -ntp -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/fuzz.cp
status=0
if [ -z "${FUZZ_ONLY_MERGE:-}" ]; then
  goals=()
  for t in "${targets[@]}"; do goals+=("exec:exec@$t"); done
  mvn -B -ntp -q -Pfuzz -Dfuzz.seconds="$seconds" "${goals[@]}" || status=$?
fi

cp="target/test-classes:target/classes:$(cat target/fuzz.cp)"
for t in "${targets[@]}"; do
  dir="$corpus/${DIR[$t]}"
  merged="target/fuzz-merged-$t"
  rm -rf "$merged" && mkdir -p "$merged"
  java -Xmx1g -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="dev.mailclip.fuzz.${CLASS[$t]}" \
      --instrumentation_includes='dev.mailclip.**:jakarta.mail.**:org.eclipse.angus.**:org.jsoup.**' \
      -merge=1 "$merged" "$dir" > "target/fuzz-merge-$t.log" 2>&1 || { echo "$t: merge failed"; continue; }
  # named seeds stay as they are; the fuzzer's own inputs (named by their SHA-1) are replaced by the merged set
  find "$dir" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
  for f in "$merged"/*; do
    [ -e "$dir/$(basename "$f")" ] || cp "$f" "$dir/"
  done
done

for t in "${targets[@]}"; do
  log="target/fuzz-$t.log"
  files=$(find "$corpus/${DIR[$t]}" -type f | wc -l)
  if [ -f "$log" ]; then
    runs=$(grep -a -o '^Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
    cov=$(grep -a -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
  fi
  crashes=$(ls target/fuzz-"$t"-crash-* 2>/dev/null | wc -l)
  echo "$t: ${runs:-no run} | ${cov:-no coverage line} | corpus after merge: $files files | findings: $crashes"
done
exit $status
