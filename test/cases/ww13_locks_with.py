# Theme: threading.Lock and RLock used through with-blocks, including
# re-entrant acquisition and a Condition wrapping an RLock.
import threading


class Counter:
    def __init__(self):
        self.lock = threading.RLock()
        self.values = []

    def add(self, v):
        with self.lock:
            self.values.append(v)
            self._log(v)

    def _log(self, v):
        with self.lock:  # re-entrant
            self.last = v


lock = threading.Lock()  # ?rc lock
with lock:
    inside = [lock]  # ?rc inside lock
held = lock.locked()  # ?rc lock
c = Counter()  # ?rc c
rl = c.lock  # ?rc rl
v = 3.25 * 2  # ?rc v
c.add(v)  # ?rc v
c.add(v)  # ?rc v c
last = c.last  # ?rc last
with rl:
    with rl:
        nested = [rl, rl]  # ?rc nested rl
cond = threading.Condition(rl)  # ?rc cond rl
with cond:
    cond.notify_all()  # ?rc cond rl
del cond  # ?rc rl
got = lock.acquire()
lock.release()  # ?rc lock
del inside, nested  # ?rc rl lock
