#!/usr/bin/env bash
# Body extraction benchmark: PageBody (dev.mailclip.recover) against Readability4J on the whole-page
# messages of the shares development set (styles safari-webpage and attached-page), scored with
# score.py's own bag-of-words F1 against the gold text.
#
# usage: scripts/bench-body.sh [SET_DIR]        default: ../shared/eval/shares (or /work/shared/eval/shares)
# env:   STYLES="safari-webpage attached-page"  which gold styles to run
#        VERBOSE=1                               print each page's text lengths too
set -euo pipefail
cd "$(dirname "$0")/.."
SET="${1:-}"
if [ -z "$SET" ]; then
    for d in ../shared/eval/shares /work/shared/eval/shares; do [ -d "$d" ] && SET="$d" && break; done
fi
[ -d "$SET" ] || { echo "no development set at '$SET'" >&2; exit 2; }
STYLES="${STYLES:-safari-webpage attached-page}"
B=target-bench-body

# main and test classes (Readability4J is a test dependency), in their own build directory
mvn -q -DbuildDir=$B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=$B/test.cp
CP="$B/test-classes:$B/classes:$(cat $B/test.cp)"

files="$(python3 - "$SET" "$STYLES" <<'PY'
import json, os, sys
setdir, styles = sys.argv[1], sys.argv[2].split()
for line in open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    if g.get("style") in styles and g.get("text"):
        print(os.path.join(setdir, g["_file"]))
PY
)"
[ -n "$files" ] || { echo "no page messages in $SET" >&2; exit 2; }
# shellcheck disable=SC2086
java -cp "$CP" dev.mailclip.recover.PageBodyBench $files > $B/extracted.jsonl

python3 - "$SET" $B/extracted.jsonl "${VERBOSE:-0}" <<'PY'
import json, os, sys
setdir, extracted, verbose = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
sys.path.insert(0, os.path.dirname(os.path.abspath(setdir)))
from score import word_f1  # the scorer's own F1: lower-cased \w+ tokens, bag of words
gold = {}
for line in open(os.path.join(setdir, "gold.jsonl"), encoding="utf-8"):
    g = json.loads(line)
    gold[g["_file"]] = g
rows = [json.loads(l) for l in open(extracted, encoding="utf-8")]
tools = ["pagebody", "readability4j"]
sums = {t: 0.0 for t in tools}
ms = {t: 0 for t in tools}
print(f"{'message':<22}{'style':<16}" + "".join(f"{t:>15}" for t in tools))
for r in rows:
    g = gold[r["file"]]
    f = {t: word_f1(r.get(t, ""), g["text"]) for t in tools}
    for t in tools:
        sums[t] += f[t]
        ms[t] += r.get(t + "_ms", 0)
    extra = "  " + " ".join(f"{t}:{len(r.get(t, ''))}c" for t in tools) + f" gold:{len(g['text'])}c" if verbose else ""
    print(f"{r['file']:<22}{g['style']:<16}" + "".join(f"{f[t]:>15.3f}" for t in tools) + extra)
    if verbose:
        for k in ("title", "url", "published", "author", "saved"):
            print(f"    {k:<10} gold={g.get(k, '(absent)')!s:<60.60} ours={r.get('meta', {}).get(k)}")
n = len(rows)
print(f"{'mean F1 (' + str(n) + ' pages)':<38}" + "".join(f"{sums[t] / n:>15.3f}" for t in tools))
print(f"{'total ms (cold JVM)':<38}" + "".join(f"{ms[t]:>15d}" for t in tools))
PY
