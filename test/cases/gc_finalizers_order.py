# Theme: __del__ on objects in a garbage cycle (PEP 442): run once, then freed.
import gc

gc.collect()
events = []

class D:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        events.append(self.name)

p = D("p")
q = D("q")
p.peer = q
q.peer = p
del p, q
print(gc.collect())
print(len(events))
solo = D("solo")
solo.peer = solo
del solo
print(gc.collect())
print(gc.collect())
