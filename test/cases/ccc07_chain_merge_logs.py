# Merging log entries from several sources with itertools.chain and
# chain.from_iterable: the chain keeps its argument tuple (and through it
# every source) until it is exhausted part way or dropped.
import itertools
import sys


class Entry:
    def __init__(self, level, msg):
        self.level = level
        self.msg = msg


app_log = [Entry(2, "boot ok"), Entry(4, "disk full!")]  # ?rc app_log
db_log = [Entry(3, "slow query")]  # ?rc db_log
net_log = []  # ?rc net_log
merged = itertools.chain(app_log, db_log, net_log)  # ?rc app_log db_log net_log merged
boot = next(merged)  # ?rc boot app_log
print(sys.getrefcount(app_log))
worst = max(merged, key=lambda e: e.level)  # ?rc worst db_log
del merged  # ?rc app_log db_log net_log
sources = [app_log, db_log, net_log]  # ?rc sources app_log
flat = itertools.chain.from_iterable(sources)  # ?rc sources flat
e0 = next(flat)  # ?rc sources app_log e0
e1 = next(flat)  # ?rc app_log
e2 = next(flat)  # ?rc app_log db_log e2
del flat  # ?rc sources app_log db_log


def errors(*logs):
    picked = []
    for entry in itertools.chain(*logs):
        if entry.level >= 3:
            picked.append(entry)  # ?rc entry
    return picked


bad = errors(app_log, db_log)  # ?rc bad app_log db_log
count = len(list(itertools.chain(bad, bad)))
again = bad  # ?rc bad e2
lazy = itertools.chain((e for e in app_log), db_log)  # ?rc app_log db_log
got = list(lazy)  # ?rc got app_log
del lazy  # ?rc app_log db_log
