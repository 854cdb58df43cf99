"""Builds a mailbox of large messages for the memory check of the import (BENCHMARKS.md, step 48): COUNT messages,
each a short note with a random attachment of SIZE_MB megabytes in base64 (a mail of photos or a video), so that a
few of them in flight are more than a small heap holds.

usage: large_mailbox.py COUNT SIZE_MB OUT.mbox
"""
import base64
import random
import sys

count, size_mb, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(48)
with open(out, "wb") as f:
    for i in range(count):
        head = (f"From sender@example.com Mon Jan  1 00:00:00 2024\n"
                f"From: A <a@example.com>\nTo: b@example.com\nSubject: photos {i}\n"
                f"Message-ID: <large{i}@example.com>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n"
                f"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n"
                f"--XX\nContent-Type: text/plain\n\nHere are the photos.\n"
                f"--XX\nContent-Type: image/jpeg; name=p{i}.jpg\nContent-Transfer-Encoding: base64\n"
                f"Content-Disposition: attachment; filename=p{i}.jpg\n\n")
        f.write(head.encode("ascii"))
        f.write(base64.encodebytes(rng.randbytes(size_mb << 20)))
        f.write(b"--XX--\n\n")
print(f"{out}: {count} messages of {size_mb} MB attachments")
