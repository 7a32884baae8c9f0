# Theme: weakref.finalize on an object that is in a reference cycle; the
# finalizer fires during gc.collect() and its args stay alive until then.
import gc
import weakref

seen = []


class Peer:
    pass


def report(tag):
    seen.append(tag)  # ?rc tag


a = Peer()
b = Peer()
a.other = b  # ?rc a b
b.other = a  # ?rc a b
tag = ["tag for a"]  # ?rc tag
fin = weakref.finalize(a, report, tag)  # ?rc a tag fin
print(fin.alive)
del a, b  # ?rc tag
print(gc.collect())  # two Peers (and their dicts on 3.11/3.12?)
print(fin.alive)
got = seen[0]  # ?rc got tag
del fin  # ?rc tag
