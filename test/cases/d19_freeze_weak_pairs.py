# Theme: gc.freeze() moves every tracked object into the permanent
# generation: a cycle made before the freeze survives gc.collect() until
# gc.unfreeze(), while cycles made afterwards are collected normally; weak
# references show which objects are still alive.
import gc
import sys
import weakref


class Peer:
    def __init__(self, tag):
        self.tag = tag
        self.other = None


def pair(tag):
    a, b = Peer(tag), Peer(tag)
    a.other, b.other = b, a
    return a


gc.collect()
old = pair("frozen pair")  # ?rc old
w_old = weakref.ref(old)  # ?rc old w_old
gc.freeze()
del old  # ?rc w_old
print(gc.collect())  # frozen objects are not examined
still = w_old()  # ?rc still
print(sys.getrefcount(still))
del still
new = pair("fresh pair")  # ?rc new
w_new = weakref.ref(new, lambda ref: None)  # ?rc new w_new
del new  # ?rc w_new
print(gc.collect())  # the fresh pair
gc.unfreeze()
print(gc.collect())  # the old pair is collectable again
gone = w_old()
print(gc.collect())
