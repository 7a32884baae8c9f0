# Theme: weakref.finalize as a safety net for temporary resources. The
# finalizer keeps its callback and arguments alive (never the object), and
# detach()/peek()/alive allow an explicit release that disarms it.
import gc
import sys
import weakref

removed = []


def remove_file(path, log):
    log.append(path)


class TempFile:
    def __init__(self, path):
        self.path = path
        self.lines = []
        self._fin = weakref.finalize(self, remove_file, path, removed)

    def close(self):
        self._fin()


gc.collect()
t1 = TempFile("/tmp/job-1.tmp")  # ?rc t1 removed
fin1 = t1._fin  # ?rc fin1
print(fin1.alive, fin1.peek()[0] is t1)
info = fin1.peek()  # ?rc info t1
del info  # ?rc t1
t1.close()  # ?rc fin1 removed
print(fin1.alive, removed)
del t1  # ?rc fin1
t2 = TempFile("/tmp/job-2.tmp")
fin2 = t2._fin  # ?rc fin2
del t2  # ?rc fin2 removed
print(fin2.alive, removed)
t3 = TempFile("/tmp/job-3.tmp")
parts = t3._fin.detach()  # ?rc t3 parts
obj, func, args, kwargs = parts  # ?rc t3 args
print(obj is t3, func is remove_file, kwargs)
del obj, parts  # ?rc t3
t3 = None
print(removed)
t4 = TempFile("/tmp/job-4.tmp")
t4.lines.append(t4)  # ?rc t4
fin4 = t4._fin
del t4
print(fin4.alive)  # unreachable but not collected yet
print(gc.collect(), fin4.alive, len(removed))  # ?rc fin4
