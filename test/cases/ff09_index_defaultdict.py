# Theme: indexing log records with collections.defaultdict(list),
# defaultdict(int) and defaultdict(float): grouping, the insertion a
# missing-key read performs, and converting back to a plain dict.
import gc
from collections import defaultdict


class Record:
    def __init__(self, host, status, ms):
        self.host = host
        self.status = status
        self.ms = ms


raw = [("api-1.internal", 200, 12.5), ("api-2.internal", 500, 340.0),
       ("api-1.internal", 404, 8.25), ("db-1.internal", 200, 55.0)]  # ?rc raw
records = [Record(*r) for r in raw]  # ?rc records
by_host = defaultdict(list)  # ?rc by_host
for rec in records:
    by_host[rec.host].append(rec)  # ?rc rec
api = by_host["api-1.internal"]  # ?rc api
nothing = by_host["cache-9.internal"]  # ?rc nothing by_host
errors = defaultdict(int)
for rec in records:
    if rec.status >= 400:
        errors[rec.host] += 1
slowest = max(records, key=lambda r: r.ms)  # ?rc slowest
plain = dict(by_host)  # ?rc plain api
latency = defaultdict(float)
for host, recs in by_host.items():
    latency[host] = sum(r.ms for r in recs) / max(len(recs), 1)  # ?rc recs
api_ms = latency["api-1.internal"]  # ?rc api_ms
by_host.default_factory = None
by_host.pop("cache-9.internal")  # ?rc nothing
del records, rec  # ?rc slowest
print(dict(errors), api_ms, len(plain), gc.collect())
