# Weak references library caches keep to a class: functools.singledispatch's dispatch_cache (a
# WeakKeyDictionary) and a collections.abc ABC's positive cache; a collection freeing the class
# frees each one its callback drops, and counts it.
import functools
import gc
from collections.abc import Sized


@functools.singledispatch
def show(x):
    return [x]


class A:
    pass


class B:
    def __len__(self):
        return 0


shown = show(A())  # ?rc shown
del A
n1 = gc.collect()  # ?gc n1
again = show(1.5)  # ?rc again
ok = isinstance(B(), Sized)  # ?rc ok
del B
n2 = gc.collect()  # ?gc n2


class C:
    pass


del C
n3 = gc.collect()  # ?gc n3
