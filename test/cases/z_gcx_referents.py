# gc.get_referents of objects whose traverse visits things the model does not
# build (functions, bound methods, partials): the result list is new, holds
# the referents, and leaves the argument's own count alone; a partial keeps
# stored attributes in its own __dict__ (collected with it in a cycle).
import functools
import gc


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return self.x


def make(start):
    box = [start]

    def inner():
        return box[0]

    return inner


pt = Point(2.5)
meth = pt.norm  # ?rc meth pt
refs = gc.get_referents(meth)  # ?rc refs meth pt
n = len(refs)
del refs  # ?rc pt meth
fn = make(10)
refs = gc.get_referents(fn)  # ?rc refs fn
del refs
part = functools.partial(Point, 1.25)
refs = gc.get_referents(part, pt)  # ?rc refs part pt
del refs  # ?rc part pt
part.me = part  # ?rc part
again = part.me  # ?rc part again
del again, part
print(n, gc.collect())
pt.m = meth
del pt, meth
print(gc.collect())
fn.self = fn  # ?rc fn
del fn
print(gc.collect())
