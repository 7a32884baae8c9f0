# Theme: sets walked inside functions, generators and nested loops
import gc
import weakref


class Task:
    def __init__(self, name):
        self.name = name
        self.deps = set()


def total_deps(tasks):
    n = 0
    for t in tasks:
        n += len(t.deps)
    return n


def names_of(tasks):
    for t in tasks:
        yield t.name


a = Task("a")
b = Task("b")
c = Task("c")
a.deps.add(b)
b.deps.add(c)
c.deps.add(a)
everything = {a, b, c}
count = total_deps(everything)  # ?rc a b c
gen = names_of(everything)
first = next(gen)
mid = True  # ?rc a b c
del gen
after_gen = True  # ?rc a b c
for x in everything:
    for y in x.deps:
        pass
else:
    finished = True
nested = True  # ?rc a b c
x = y = None
cleared = True  # ?rc a b c
ws = weakref.WeakSet(everything)
for live in ws:
    pass
weak_done = True  # ?rc a b c
live = None
del a, b, c, everything, ws
print(gc.collect())
