# Theme: a temp-file style registry: each handle registers a
# weakref.finalize cleanup; handles closed explicitly detach it, handles
# that end up in cycles are cleaned by the collector.
import gc
import weakref

cleaned = []


def cleanup(path, log):
    log.append(path)


class Handle:
    def __init__(self, path):
        self.path = path
        self._fin = weakref.finalize(self, cleanup, path, cleaned)  # ?rc self

    def close(self):
        info = self._fin.detach()  # ?rc self info
        return info is not None


gc.collect()
p1 = "/tmp/file one"  # ?rc p1
h1 = Handle(p1)  # ?rc h1 p1
fin = h1._fin  # ?rc fin h1
closed = h1.close()  # ?rc p1 fin
del h1  # ?rc fin
print(len(cleaned))
del fin
p2 = "/tmp/file two"
h2 = Handle(p2)  # ?rc p2 h2
h2.self_ref = h2  # ?rc h2
del h2  # ?rc p2 -- still pinned by the registry and the cycle
print(gc.collect())  # the Handle (its finalize object is not in the cycle)
print(len(cleaned))
after = p2  # ?rc p2 after
