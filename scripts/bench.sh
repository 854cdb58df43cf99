#!/usr/bin/env bash
# The import benchmark (issue 6): floors, Tika's stock mail pipeline and `mailclip import` on the
# same synthetic mailboxes, each stage in its own JVM under /usr/bin/time -v.
#
# usage: scripts/bench.sh [SIZE_MB...]          default: 50 500 2048 (about 25 minutes here)
# env:   REPEAT=1          runs of every stage (the best is reported; rerunning appends to results.tsv)
#        XMX=256m          heap of every JVM
#        WORK=/tmp/mailclip-bench   mailboxes, archives and raw results (never in the repo)
#        STAGES="..."      a subset of: read split mime1 mime2 tika null1 null2 jsonl1 jsonl2 sqlite1 sqlite2 adapter,
#                          and on a machine with more cores null4 jsonl4 sqlite4 (8 and 16 too): the import's scaling;
#                          tikaopts: Tika's stock pipeline with mailclip's JVM options (not in the default set);
#                          adapter-real: the adapter's warm overhead on 60 MB of real mail (not in the default set)
#                          warm: Tika's pipeline and the import (null: and the default sink, two threads) three passes
#                          each in one JVM, the last one in the table: the cost once the JIT has compiled (not in the
#                          default set; the CPU s and RSS columns are the whole JVM's, the WARM notes each pass's)
#        JVM_OPTIONS=...   the JVM options of mailclip's own stages (default: bin/jvm.options, as bin/mailclip runs;
#                          JVM_OPTIONS= for the JVM's defaults). Tika's stages and the adapter run with the JVM's
#                          defaults, as `java -jar tika-app.jar` and a Tika host do
#        MAILBOX=real      real public mail instead of the generated mailbox: the SpamAssassin corpus with the
#                          seed clips mixed in, repeated to the size with fresh Message-IDs (scripts/real_mailbox.py)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ $# -eq 0 ] && sizes=(50 500 2048)
REPEAT="${REPEAT:-1}"
XMX="${XMX:-256m}"
WORK="${WORK:-/tmp/mailclip-bench}"
STAGES="${STAGES:-read split mime1 mime2 tika null1 null2 jsonl1 jsonl2 sqlite1 sqlite2 adapter}"
B=target-bench
mkdir -p "$WORK"

# build: main classes + the bench profile's classpath, then the bench sources (never part of `mvn test`)
mvn -q -Pbench -DbuildDir=$B compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=$B/bench.cp
deps="$(cat $B/bench.cp)"
rm -rf $B/bench-classes && mkdir -p $B/bench-classes
javac -nowarn -d $B/bench-classes -cp "$B/classes:$deps" $(find src/bench/java -name '*.java')
cp -r src/bench/resources/. $B/bench-classes/
CP="$B/bench-classes:$B/classes:$deps"
# Tika's HTML module wants its own jsoup (mailclip pins an older one): the Tika stages get Tika's
tika_jsoup="$(sed -n 's:.*<jsoup.version>\(.*\)</jsoup.version>.*:\1:p' \
    ~/.m2/repository/org/apache/tika/tika-parent/3.3.1/tika-parent-3.3.1.pom | head -1)"
mvn -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dartifact=org.jsoup:jsoup:$tika_jsoup >/dev/null
TCP="$(echo "$CP" | sed -E "s#org/jsoup/jsoup/[^/]+/jsoup-[^/:]+\.jar#org/jsoup/jsoup/$tika_jsoup/jsoup-$tika_jsoup.jar#")"

# mailclip's JVM options, as bin/mailclip reads them (one a line, '#' comments)
MAILCLIP_OPTS="${JVM_OPTIONS-$(sed -e 's/#.*//' bin/jvm.options | xargs)}"
results="$WORK/results.tsv"
[ -f "$results" ] || printf 'size\tstage\trep\tmsgs\tsecs\tmsgs_per_s\tmb_per_s\tpeak_heap_mb\tlive_heap_mb\trss_mb\tcpu_s\tnote\n' > "$results"

run() { # size rep classpath stage-args...; $JOPTS: JVM options of this stage, $LABEL: its name in the table
    local size=$1 rep=$2 cp=$3; shift 3
    local log="$WORK/run.log"
    # shellcheck disable=SC2086 # options are words
    /usr/bin/time -v java -Xmx$XMX ${JOPTS:-} -cp "$cp" dev.mailclip.bench.BenchMain "$@" >"$log" 2>&1 || {
        echo "FAILED: $*"; tail -5 "$log"; return 0; }
    local line rss cpu note
    line="$(grep '^RESULT' "$log")"
    # the stage's own name in the table when it reruns another's with other options ($LABEL)
    [ -z "${LABEL:-}" ] || line="$(echo "$line" | sed -E "s/stage=\S+/stage=$LABEL/")"
    rss="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")"
    # user + system CPU of the whole JVM (JIT and GC included): steadier than wall clock on a shared machine
    cpu="$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ {s += $2} END {printf "%.1f", s}' "$log")"
    note="$(grep -E '^(COUNTS|FAILED|OVERHEAD|WARM)' "$log" | tr '\n' ' ' || true)${JOPTS:+ jvm: $JOPTS}"
    echo "$line rss_mb=$rss cpu_s=$cpu $note"
    echo "$line" | sed -E 's/RESULT stage=(\S+) msgs=(\S+) mb=\S+ secs=(\S+) msgs_per_s=(\S+) mb_per_s=(\S+) peak_heap_mb=(\S+) live_heap_mb=(\S+)/\1\t\2\t\3\t\4\t\5\t\6\t\7/' \
        | awk -v s="$size" -v r="$rep" -v rss="$rss" -v cpu="$cpu" -v n="$note" -F'\t' '{print s"\t"$1"\t"r"\t"$2"\t"$3"\t"$4"\t"$5"\t"$6"\t"$7"\t"rss"\t"cpu"\t"n}' >> "$results"
}

has() { [[ " $STAGES " == *" $1 "* ]]; }
mrun() { JOPTS="$MAILCLIP_OPTS" run "$@"; } # a stage of mailclip's own: with its JVM options

for size in "${sizes[@]}"; do
    if [ "${MAILBOX:-generated}" = real ]; then
        . scripts/spam_corpus.sh
        mbox="$WORK/real$size.mbox"
        [ -f "$mbox" ] || python3 scripts/real_mailbox.py "$SPAM_CORPUS/package/data" fixtures/seeds "$size" "$mbox"
    else
        mbox="$WORK/mb$size.mbox"
        [ -f "$mbox" ] || java -cp "$CP" dev.mailclip.bench.MailboxGenerator "$mbox" "$size" 42 .
    fi
    for rep in $(seq 1 "$REPEAT"); do
        echo "== $size MB, run $rep"
        has read && mrun $size $rep "$CP" read "$mbox"
        has split && mrun $size $rep "$CP" split "$mbox"
        has mime1 && mrun $size $rep "$CP" mime "$mbox" 1
        has mime2 && mrun $size $rep "$CP" mime "$mbox" 2
        has tika && run $size $rep "$TCP" tika "$mbox"
        has tikaopts && LABEL=tika-opts mrun $size $rep "$TCP" tika "$mbox"
        if has warm; then
            run $size $rep "$TCP" tika-warm "$mbox"
            mrun $size $rep "$CP" import-warm "$mbox" null: 2
            mrun $size $rep "$CP" import-warm "$mbox" "sqlite:$WORK/out.db" 2; rm -f "$WORK/out.db"*
        fi
        for t in 1 2 4 8 16; do
            has null$t && mrun $size $rep "$CP" import "$mbox" null: $t
            if has jsonl$t; then mrun $size $rep "$CP" import "$mbox" "jsonl:$WORK/out.jsonl" $t; rm -f "$WORK/out.jsonl"; fi
            # BenchMain starts every import into a new archive; the file is removed after it
            if has sqlite$t; then mrun $size $rep "$CP" import "$mbox" "sqlite:$WORK/out.db" $t; rm -f "$WORK/out.db"*; fi
        done
    done
done
# the Tika adapter's overhead over RFC822Parser, on ordinary mail only (no article to recover)
if has adapter; then
    mbox="$WORK/ordinary50.mbox"
    [ -f "$mbox" ] || java -Dbench.mix=ordinary -cp "$CP" dev.mailclip.bench.MailboxGenerator "$mbox" 50 7 .
    for rep in $(seq 1 "$REPEAT"); do
        echo "== ordinary mail 50 MB, run $rep"
        run ordinary50 $rep "$TCP" tika-rfc822 "$mbox"
        run ordinary50 $rep "$TCP" tika-mailclip "$mbox"
        run ordinary50 $rep "$TCP" adapter-warm "$mbox"
    done
fi
# the same warm overhead on real mail as it comes (mostly ordinary, a fifth clips), 60 MB of the real mailbox
if has adapter-real; then
    . scripts/spam_corpus.sh
    mbox="$WORK/real60.mbox"
    [ -f "$mbox" ] || python3 scripts/real_mailbox.py "$SPAM_CORPUS/package/data" fixtures/seeds 60 "$mbox"
    for rep in $(seq 1 "$REPEAT"); do
        echo "== real mail 60 MB, the adapter warm, run $rep"
        run real60 $rep "$TCP" adapter-warm "$mbox"
    done
fi
python3 scripts/bench_table.py "$results"
