import sys, re, collections
secs = collections.defaultdict(list); cpu = collections.defaultdict(list); loads = []
for l in open(sys.argv[1]):
    m = re.search(r'jar=(\S+) input=(\S+) load=\[([^\]]*)\] read_seconds=([0-9.]+) cpu=([0-9.]+)', l)
    if m:
        secs[m.group(1), m.group(2)].append(float(m.group(4))); cpu[m.group(1), m.group(2)].append(float(m.group(5))); loads.append(float(m.group(3).split()[0]))
print("load (1-min) %.2f-%.2f" % (min(loads), max(loads)))
for jar in ("baseline", "new"):
    o = min(secs[jar, "ours.jsonl"])
    print(jar, "ours.jsonl min %.2f s (cpu %.1f)" % (o, min(cpu[jar, "ours.jsonl"])))
    for inp in ("nyc311", "mapped", "twcs", "zendesk"):
        if (jar, inp) in secs:
            s = min(secs[jar, inp]); print("  %-8s min %.2f s (cpu %.1f)  share of minima %.2f   per round: %s" % (inp, s, min(cpu[jar, inp]), o / s,
                  " ".join("%.2f" % (a / b) for a, b in zip(secs[jar, "ours.jsonl"], secs[jar, inp]))))
