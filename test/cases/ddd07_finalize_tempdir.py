# Theme: weakref.finalize guarding temporary directories: the finalizer
# runs when the owner dies (by count or in a cycle), when called directly,
# or never after detach().
import gc
import os
import shutil
import sys
import tempfile
import weakref

cleaned = []


def remove_dir(path, tag):
    shutil.rmtree(path)
    cleaned.append(tag)


class Workspace:
    def __init__(self, tag):
        self.path = tempfile.mkdtemp()
        self.fin = weakref.finalize(self, remove_dir, self.path, tag)  # ?rc self


gc.collect()
ws = Workspace("first ws")  # ?rc ws
fin = ws.fin  # ?rc fin
print(fin.alive, sys.getrefcount(ws))
del ws  # ?rc fin -- the finalizer ran and dropped its arguments
print(cleaned, fin.alive)
del fin
ws2 = Workspace("second ws")
ws2.me = ws2  # ?rc ws2
path2 = ws2.path
del ws2
print(len(cleaned), os.path.isdir(path2))
print(gc.collect())  # the workspace, its finalize object is not garbage
print(cleaned, os.path.isdir(path2))
ws3 = Workspace("third ws")
info = ws3.fin.detach()  # ?rc ws3 info
obj, func, args, kwargs = info  # ?rc obj args
del obj
shutil.rmtree(args[0])
del ws3
print(len(cleaned), gc.collect())
ws4 = Workspace("fourth ws")
ws4.fin()  # ?rc ws4
print(cleaned[-1], ws4.fin.alive)
