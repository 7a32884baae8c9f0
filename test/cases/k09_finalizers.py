# __del__ and weakref.finalize: resources released by finalizers; cycles of
# objects with __del__ are collected (PEP 442), finalize callbacks hold refs.
import gc
import weakref

log = []


class TempFile:
    def __init__(self, path):
        self.path = path
        self.handle = [path, "open"]

    def __del__(self):
        log.append("closing " + self.path)


class Session:
    def __init__(self, user):
        self.user = user
        self.files = []
        self._finalizer = weakref.finalize(self, log.append, "session end")

    def open(self, path):
        tf = TempFile(path)  # ?rc tf
        tf.session = self  # cycle with __del__ in it
        self.files.append(tf)  # ?rc tf
        return tf


gc.collect()
f = TempFile("/tmp/a.tmp")  # ?rc f
h = f.handle  # ?rc h f
del f  # ?rc h
entries = len(log)  # ?rc log

s = Session("alice smith")  # ?rc s
fin = s._finalizer  # ?rc fin s
t = s.open("/tmp/b.tmp")  # ?rc t s
t2 = s.open("/tmp/c.tmp")  # ?rc t t2 s
del t, t2  # ?rc s
alive = fin.alive  # ?rc fin
del s
print(gc.collect())  # session + 2 files + their lists
alive = fin.alive  # ?rc fin
del fin
print(gc.collect())


def cleanup(res):
    res.append("cleaned")


class Resource:
    pass


res_log = []  # ?rc res_log
r = Resource()  # ?rc r
fz = weakref.finalize(r, cleanup, res_log)  # ?rc r fz res_log
peek = fz.peek()  # ?rc peek res_log
del peek  # ?rc res_log
del r  # ?rc res_log fz
done = fz.alive  # ?rc fz
print(gc.collect())
