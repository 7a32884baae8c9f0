# Theme: __slots__ instances with __del__, a closure that captures itself
# (a function stored in its own cell), and cycles collected by gc.
import gc
import itertools
import sys

events = []


class Slot:
    __slots__ = ("peer", "tag", "__weakref__")

    def __init__(self, tag):
        self.tag = tag
        self.peer = None

    def __del__(self):
        events.append(self.tag)  # ?rc self


def make_recursive(limit):
    def step(n):
        if n >= limit:
            return n
        return step(n + 1)
    return step


gc.collect()
t1 = "first tag!"  # ?rc t1
a = Slot(t1)  # ?rc a t1
b = Slot("second tag!")  # ?rc b
a.peer, b.peer = b, a  # ?rc a b
del a, b
print(gc.collect())  # the two slot objects
print(len(events))
c = Slot(t1)  # ?rc c
del c  # ?rc t1 -- plain refcount release, __del__ runs now
fn = make_recursive(5)  # ?rc fn
val = fn(0)
print(sys.getrefcount(fn))
del fn
print(gc.collect())  # function, its cell, closure tuple
holder = [None]  # ?rc holder
holder[0] = holder  # ?rc holder
h2 = holder  # ?rc holder h2
del holder, h2
print(gc.collect())
total = 0
for i in range(3):
    s = Slot(t1)  # ?rc s t1
    s.peer = s
    total += gc.collect()  # ?rc t1
print(total)
src = [Slot("tee tag!"), Slot("tee tag 2!")]  # ?rc src
first_slot = src[0]  # ?rc first_slot
it1, it2 = itertools.tee(src)  # ?rc src
got1 = next(it1)  # ?rc first_slot
del it1  # ?rc first_slot
chained = list(itertools.chain(src, [first_slot]))  # ?rc first_slot
