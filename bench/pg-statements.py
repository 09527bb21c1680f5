#!/usr/bin/env python3
# Sums PostgreSQL statement durations by statement (first 90 characters) from a server log written with
# log_min_duration_statement=0, e.g. a night run with the JDBC URL option
# "options=-c%20log_min_duration_statement%3D0" and the log lines it added cut out of
# /var/log/postgresql/postgresql-15-main.log. Usage: bench/pg-statements.py LOG
import re,sys,collections
tot=collections.Counter(); cnt=collections.Counter()
pat=re.compile(r'duration: ([0-9.]+) ms  (parse|bind|execute|statement)( [^:]*)?: (.*)')
cur=None
for line in open(sys.argv[1],errors='replace'):
    m=pat.search(line)
    if m:
        ms=float(m.group(1)); kind=m.group(2); sql=m.group(4)
        key=kind+' '+re.sub(r'\s+',' ',sql)[:90]
        tot[key]+=ms; cnt[key]+=1
for k,v in tot.most_common(25): print(f"{v/1000:8.2f}s {cnt[k]:7d}  {k}")
print('total', sum(tot.values())/1000)
