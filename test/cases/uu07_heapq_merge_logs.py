# Theme: merging per-server log streams with heapq: merge() over sorted
# lists, nsmallest with a key, heappushpop and heapreplace returning the
# entries that leave the heap, and a final drain.
import heapq
from operator import attrgetter


class Entry:
    def __init__(self, ts, server, msg):
        self.ts = ts
        self.server = server
        self.msg = msg

    def __lt__(self, other):
        return self.ts < other.ts


web = [Entry(t * 1.5, "web", "req %d" % t) for t in range(4)]  # ?rc web
db = [Entry(t * 2.25, "db", "query %d" % t) for t in range(3)]  # ?rc db
w0, d0 = web[0], db[0]  # ?rc w0 d0
merged = list(heapq.merge(web, db))  # ?rc merged w0 d0
earliest = heapq.nsmallest(2, merged, key=attrgetter("ts"))  # ?rc earliest w0
latest = heapq.nlargest(1, merged)  # ?rc latest
last_one = latest[0]  # ?rc last_one
heap = []  # ?rc heap
for e in web:
    heapq.heappush(heap, e)  # ?rc e
out = heapq.heappushpop(heap, d0)  # ?rc out d0 w0
swapped = heapq.heapreplace(heap, db[2])  # ?rc swapped
drained = [heapq.heappop(heap) for _ in range(len(heap))]  # ?rc drained heap
del web, db, merged  # ?rc w0 d0 last_one
del drained, earliest  # ?rc w0 d0 e
print(out.msg, swapped.msg, last_one.msg)
