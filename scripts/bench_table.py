#!/usr/bin/env python3
"""Prints the Markdown tables of BENCHMARKS.md from scripts/bench.sh's results.tsv: the best run of
every stage (highest messages/s), the worst peak RSS and live heap, and the ratios."""
import csv, sys
from collections import defaultdict

rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
runs = defaultdict(list)
for r in rows:
    runs[(r['size'], r['stage'])].append(r)

def best(size, stage):
    rs = runs.get((size, stage))
    if not rs:
        return None
    b = dict(max(rs, key=lambda r: float(r['msgs_per_s'] or 0)))
    b['runs'] = len(rs)
    b['spread'] = (max(float(r['msgs_per_s']) for r in rs) / max(1e-9, min(float(r['msgs_per_s']) for r in rs)))
    b['rss_mb'] = max(int(r['rss_mb'] or 0) for r in rs)
    b['live_heap_mb'] = max(float(r['live_heap_mb'] or 0) for r in rs)
    return b

order = ['read', 'split', 'mime-t1', 'mime-t2', 'tika'] + ['import-%s-t%d' % (sink, t)
         for sink in ('null', 'jsonl', 'sqlite') for t in (1, 2, 4, 8, 16)] + ['tika-rfc822', 'tika-mailclip', 'adapter-warm'] \
        + ['tika-warm', 'import-null-t2-warm', 'import-sqlite-t2-warm']
sizes = sorted({s for s, _ in runs}, key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0, s))
print('| size MB | stage | msgs | s | msgs/s | MB/s | CPU s | peak RSS MB | live heap MB | × Tika | × MIME floor | runs, spread |')
print('|---|---|---|---|---|---|---|---|---|---|---|---|')
for size in sizes:
    tika = best(size, 'tika')
    for stage in order:
        b = best(size, stage)
        if not b:
            continue
        vs_tika = vs_floor = ''
        # a warm import against Tika's warm pipeline (the last pass of each in one JVM), any other against Tika's run
        against = best(size, 'tika-warm') if stage.endswith('-warm') else tika
        if against and (stage.startswith('import') or stage.startswith('mime')):
            vs_tika = '%.2f' % (float(b['msgs_per_s']) / float(against['msgs_per_s']))
        if stage.startswith('import') and not stage.endswith('-warm'):
            floor = best(size, 'mime-' + stage.rsplit('-', 1)[1])
            if floor:
                vs_floor = '%.2f' % (float(floor['msgs_per_s']) / float(b['msgs_per_s']))
        if stage == 'tika-mailclip':
            rfc = best(size, 'tika-rfc822')
            if rfc:
                vs_floor = 'overhead over RFC822Parser: %+.0f%%' % (100 * (float(rfc['msgs_per_s']) / float(b['msgs_per_s']) - 1))
        if stage == 'adapter-warm':
            # the stage's own measure: CPU per message of both parsers, warm, from its note (all runs)
            notes = [r['note'] for r in runs[(size, stage)] if 'OVERHEAD' in (r.get('note') or '')]
            vs_floor = '; '.join(n[n.index('RFC822Parser'):].strip() for n in notes)
        mbps = float(b['mb_per_s'])
        print('| %s | %s | %s | %s | %s | %.1f | %s | %s | %.0f | %s | %s | %d, %.2f× |' % (
            size, stage, b['msgs'], b['secs'], b['msgs_per_s'], mbps, b.get('cpu_s') or '', b['rss_mb'], b['live_heap_mb'],
            vs_tika, vs_floor, b['runs'], b['spread']))
