# Theme: heapq.merge over instances with a Python __lt__ runs heapq.py's loop with their comparisons; nothing kept after
import heapq
class E:
    def __init__(self, t): self.t = t
    def __lt__(self, o):
        log.append(self.t)
        return self.t < o.t
log = []
web, db, ex = [E(1.5), E(3.0), E(4.0)], [E(2.25), E(3.0)], [E(0.5), E(3.0)]
w0 = web[0]  # ?rc w0
merged = list(heapq.merge(web, db, ex))  # ?rc w0 merged
n = len(log)
a = merged[3]  # ?rc a
bb = merged[4]  # ?rc bb
c = merged[5]  # ?rc c
