# Theme: a leak hunt with gc.DEBUG_SAVEALL: build a few cycles of different
# shapes, collect them into gc.garbage and count what was found per type.
import gc
import sys


class Session:
    def __init__(self, user):
        self.user = user
        self.history = [self]


class Request:
    def __init__(self, session):
        self.session = session
        session.history.append(self)


def census(objects):
    counts = {}
    for obj in objects:
        name = type(obj).__name__
        counts[name] = counts.get(name, 0) + 1  # ?rc counts
    return counts


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
s = Session("user #1")  # ?rc s
r = Request(s)  # ?rc s r
del r
del s
found = gc.collect()
print(found, census(gc.garbage))
sess = [o for o in gc.garbage if type(o) is Session][0]  # ?rc sess
print(sys.getrefcount(sess))
graph = {"a node!": [], "b node!": []}
graph["a node!"].append(graph)
graph["b node!"].append(graph["a node!"])  # ?rc graph
del graph
print(gc.collect(), len(gc.garbage))
stats = census(gc.garbage)  # ?rc stats
print(stats)
del sess
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect())  # everything saved before is freed now
print(len(gc.garbage))
