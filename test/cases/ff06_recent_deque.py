# Theme: a rolling window of recent events in collections.deque(maxlen=...):
# evicted records are released, rotate, popleft/appendleft, and averages.
import gc
import sys
from collections import deque


class Event:
    __slots__ = ("kind", "value")

    def __init__(self, kind, value):
        self.kind = kind
        self.value = value


recent = deque(maxlen=3)  # ?rc recent
oldest = Event("boot sequence", 0.5)  # ?rc oldest
recent.append(oldest)  # ?rc oldest
for n in range(4):
    ev = Event("tick #%d" % n, n * 1.5)  # ?rc ev
    recent.append(ev)  # ?rc oldest ev
head = recent[0]  # ?rc head
window = list(recent)  # ?rc window head
avg = sum(e.value for e in recent) / len(recent)  # ?rc avg
recent.rotate(1)  # ?rc ev
popped = recent.popleft()  # ?rc popped
recent.appendleft(oldest)  # ?rc oldest
snapshot = deque(recent)  # ?rc oldest snapshot
undo = deque([oldest, oldest], maxlen=5)  # ?rc oldest undo
undo.extend([head] * 4)  # ?rc oldest head
undo.clear()  # ?rc head
print(sys.getrefcount(oldest))
del window, snapshot  # ?rc head
print(avg, popped.kind, gc.collect())
