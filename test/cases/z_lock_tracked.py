# Theme: locks are GC objects: gc.is_tracked() is True for Lock and RLock, a
# dict holding one is tracked, and a collection counts locks kept by a cycle.
import gc
import threading

gc.collect()
lk = threading.Lock()
rl = threading.RLock()
seen = []
if gc.is_tracked(lk):
    seen.append(lk)  # ?rc lk seen
if gc.is_tracked(rl):
    seen.append(rl)  # ?rc rl
box = {"lock": lk}
if gc.is_tracked(box):
    seen.append(box)  # ?rc box lk
n = len(seen)  # ?rc n


class Worker:
    def __init__(self):
        self.lock = threading.Lock()
        self.peer = None


a = Worker()
b = Worker()
a.peer = b
b.peer = a
held = a.lock  # ?rc held
del a, b
print(gc.collect())
del seen  # ?rc lk rl box held
