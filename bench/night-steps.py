#!/usr/bin/env python3
# A night's CPU by step and thread, from bench/night-steps.sh's OUTDIR: the per-thread samples (threads) between the
# step lines of the night's log (err). JVM threads are grouped by name (C2, C1, JSON parsers, rule threads, ...);
# PG is the PostgreSQL server's CPU meanwhile. A thread that ends between two samples loses its last second.
# Usage: bench/night-steps.py OUTDIR
import bisect, collections, datetime, re, sys

out = sys.argv[1]
STEPS = [('start', r'Starting Main'), ('customers', r'customers file\(s\)'), ('ingest', r'known event ids loaded'),
         ('choose', r'ingest: done'), ('evaluate', r'evaluate: starting'), ('after evaluate', r'evaluate: done'),
         ('end', r'violations seen|Shutdown|Closing')]
GROUPS = ('C2_Compiler', 'C1_Compiler', 'json-lines-pars', 'rules-', 'rule-sessions', 'HikariPool', 'pool-')

marks = []
for line in open(out + '/err', errors='replace'):
    m = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z', line)
    if not m:
        continue
    t = datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp()
    for name, pattern in STEPS:
        if re.search(pattern, line) and name not in (n for n, _ in marks):
            marks.append((name, t))
samples = collections.defaultdict(list)
for line in open(out + '/threads'):
    p = line.split()
    if len(p) == 3:
        samples[p[1]].append((float(p[0]), int(p[2])))
if len(marks) < 2 or not samples:
    sys.exit('no steps or no samples in ' + out)
end = max(s[-1][0] for s in samples.values())
if marks[-1][0] != 'end':
    marks.append(('end', end))


def ticks_at(series, t):
    i = bisect.bisect_right([x[0] for x in series], t)
    return series[i - 1][1] if i else 0


def group(thread):
    name = thread.split(':', 1)[-1]
    return next((g for g in GROUPS if name.startswith(g)), name)


for (name, a), (_, b) in zip(marks, marks[1:]):
    per = collections.Counter()
    for thread, series in samples.items():
        per[group(thread)] += ticks_at(series, b) - ticks_at(series, a)
    pg = per.pop('PG', 0)
    top = ', '.join(f'{k} {v / 100:.1f}' for k, v in per.most_common(6) if v)
    print(f'{name:15s} {b - a:6.1f} s wall  JVM {sum(per.values()) / 100:6.1f}  server {pg / 100:5.1f}  | {top}')
