# Paths from tempfile.mkdtemp() are new str objects that hold nothing: an
# instance holding one, in a cycle, is collected alone; os.path checks,
# os.rmdir and shutil.rmtree keep nothing of the path they are given.
import gc
import os
import shutil
import tempfile
import weakref


class Scratch:
    def __init__(self):
        self.path = tempfile.mkdtemp()  # ?rc self


gc.collect()
s = Scratch()
p = s.path  # ?rc p s
print(os.path.isdir(p), os.path.exists(p))  # ?rc p
s.me = s
del s
print(gc.collect())  # the instance only: the path is no container
os.rmdir(p)  # ?rc p
q = tempfile.mkdtemp()  # ?rc q
fin = weakref.finalize(Scratch, shutil.rmtree, q)  # ?rc q fin
info = fin.detach()  # ?rc q info
shutil.rmtree(q)  # ?rc q
del info  # ?rc q
t = Scratch()
t.me = t
t.fin = weakref.finalize(t, os.rmdir, t.path)
r = t.path  # ?rc r
del t
print(gc.collect(), os.path.isdir(r))  # ?rc r
