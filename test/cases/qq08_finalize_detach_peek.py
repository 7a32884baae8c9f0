# Theme: weakref.finalize as a resource guard: a temp directory object with a
# finalizer that removes its files; close() calls the finalizer early and
# detach() hands the cleanup arguments over to the caller.
import gc
import weakref

removed = []


def cleanup(files, tag):
    removed.append((tag, len(files)))
    files.clear()


class TempDir:
    def __init__(self, tag):
        self.files = ["a.tmp", "b.tmp"]
        self._finalizer = weakref.finalize(self, cleanup, self.files, tag)

    def close(self):
        self._finalizer()


t1 = TempDir("first dir")  # ?rc t1
files1 = t1.files  # ?rc files1
fin1 = t1._finalizer  # ?rc fin1
info = fin1.peek()  # ?rc info files1
del info  # ?rc files1
t1.close()  # ?rc t1 files1
print(fin1.alive, removed)
del t1  # ?rc fin1 files1
t2 = TempDir("second dir")
files2 = t2.files  # ?rc files2
fin2 = t2._finalizer  # ?rc fin2
detached = fin2.detach()  # ?rc detached files2
print(fin2.alive, fin2.detach())
del t2  # ?rc files2 fin2
obj, func, args, kwargs = detached  # ?rc obj args files2
del obj, detached  # ?rc args files2
t3 = TempDir("third dir")
files3 = t3.files  # ?rc files3
t3.loop = t3
del t3  # ?rc files3
print(gc.collect(), removed[-1])  # ?rc files3
