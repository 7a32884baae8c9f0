# Theme: a leak monitor registering a gc.callbacks hook that records how many
# objects each explicit collection freed, plus a gc.garbage check with
# DEBUG_SAVEALL for a test.
import gc

stats = []


def on_gc(phase, info):
    if phase == "stop":
        stats.append(info["collected"])


class Job:
    def __init__(self, jid):
        self.jid = jid
        self.deps = []


gc.callbacks.append(on_gc)
gc.collect()
a = Job(1)  # ?rc a
b = Job(2)  # ?rc b
a.deps.append(b)
b.deps.append(a)  # ?rc a b
del a, b
n = gc.collect()
stats_copy = list(stats)  # ?rc stats_copy
freed = stats[-1] + 1000  # ?rc freed
print(n, stats_copy)
gc.set_debug(gc.DEBUG_SAVEALL)
c = Job(3)
c.deps.append(c)  # ?rc c
del c
print(gc.collect())
saved = gc.garbage  # ?rc saved
kept = [o for o in saved if isinstance(o, Job)]  # ?rc kept
job = kept[0]  # ?rc job
del kept  # ?rc job
gc.set_debug(0)
saved.clear()  # ?rc job
gc.callbacks.remove(on_gc)
del job
print(gc.collect(), len(stats))
