#!/usr/bin/env bash
# Two builds' whole extract in one JVM, taking turns pass by pass (src/bench/ab/.../AbExtract): on a machine whose
# neighbours move the time of the same code by 10-20 % from one run to the next, the only comparison of two builds
# that holds a few per cent. Builds a worktree of each commit given (or uses this tree for "."), then prints each
# one's CPU time of the thread per message.
#
#   scripts/ab.sh COMMIT_A COMMIT_B [MBOX] [PASSES]     e.g. scripts/ab.sh HEAD~3 . /tmp/mailclip-bench/real60.mbox 20
set -euo pipefail
cd "$(dirname "$0")/.."
a=$1 b=$2 mbox=${3:-${WORK:-/tmp/mailclip-bench}/real60.mbox} passes=${4:-20}
B=target-bench
[ -f "$mbox" ] || { echo "ab.sh: no mailbox $mbox (scripts/bench.sh makes real60.mbox: MAILBOX=real STAGES=read scripts/bench.sh 60)" >&2; exit 2; }
mvn -q -o -Pbench -DbuildDir=$B compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$B/bench.cp
rm -rf $B/bench-classes $B/ab-classes && mkdir -p $B/bench-classes $B/ab-classes
javac -nowarn -d $B/bench-classes -cp "$B/classes:$(cat $B/bench.cp)" $(find src/bench/java -name '*.java')
cp -r src/bench/resources/. $B/bench-classes/ # as scripts/bench.sh builds them, which runs on these classes too
javac -nowarn -d $B/ab-classes $(find src/bench/ab -name '*.java')
classes() { # a build's classes directory: this tree's for ".", else a worktree of the commit, compiled
    if [ "$1" = . ]; then echo "$PWD/$B/classes"; return; fi
    local dir="${TMPDIR:-/tmp}/mailclip-ab-$(git rev-parse --short "$1")"
    [ -d "$dir" ] || git worktree add -f -q "$dir" "$1" >&2
    (cd "$dir" && mvn -q -o compile >&2)
    echo "$dir/target/classes"
}
ca="$(classes "$a")" cb="$(classes "$b")"
# shellcheck disable=SC2046 # options are words
# the stream provider named, as the command line names it (cli/MailStreams), for both builds
java -Xmx3g $(sed -e 's/#.*//' bin/jvm.options | xargs) \
    -Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider \
    -cp $B/ab-classes dev.mailclip.ab.AbExtract \
    "$ca" "$cb" "$(cat $B/bench.cp)" "$PWD/$B/bench-classes" "$mbox" "$passes"
