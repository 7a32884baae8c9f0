# Theme: with statements: __enter__'s result is bound by `as`, __exit__
# sees the exception triple; a manager can keep what it managed.

import gc

class Handle:
    pass


class Manager:
    def __init__(self, target):
        self.target = target
        self.seen = []

    def __enter__(self):
        t = self.target  # ?rc t
        return t

    def __exit__(self, exc_type, exc, tb):
        self.seen.append(exc)  # ?rc exc
        return exc_type is ValueError


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        here = info  # ?rc info here
        return False


h = Handle()  # ?rc h
m = Manager(h)  # ?rc h m
with m as got:
    inside = got  # ?rc h got inside
del inside  # ?rc h got
with m as got:
    raise ValueError(h)
print(len(m.seen))  # ?rc h
caught = m.seen[1]  # ?rc caught h
m.seen.clear()  # ?rc caught h
del caught  # ?rc h
with Plain() as p1, Manager(h) as got2:
    both = [p1, got2]  # ?rc p1 h
del both, got2  # ?rc p1 h
p1 = None  # ?rc h
m = None  # ?rc h got


class Keeper:
    def __exit__(self, exc_type, exc, tb):
        self.tb = tb  # ?rc tb
        return True

    def __enter__(self):
        return self


def guarded(obj):
    k = Keeper()
    with k:
        local = obj  # ?rc obj local
        raise TypeError("kept traceback")
    return k


kk = guarded(h)  # ?rc h kk -- the traceback holds the frame, the frame `local`
kk.tb = None  # ?rc h
print(gc.collect())
