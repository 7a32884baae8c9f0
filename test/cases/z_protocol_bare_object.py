# Theme: isinstance(object(), P) against a runtime_checkable Protocol: a bare object() has only object's own attributes, so the guarded call never runs on it
from typing import Protocol, runtime_checkable


@runtime_checkable
class Sink(Protocol):
    def write(self, r): ...


@runtime_checkable
class Hashable(Protocol):
    def __hash__(self): ...


class Mem:
    def __init__(self):
        self.items = []

    def write(self, r):
        self.items.append(r)


rec = [1.5]  # ?rc rec
sinks = [Mem(), object(), Mem()]
for s in sinks:
    if isinstance(s, Sink):
        s.write(rec)
print(rec)  # ?rc rec
bare = object()  # ?rc bare
hits = [x for x in (bare, bare) if isinstance(x, Hashable)]  # ?rc bare hits
outs = [p.write(rec) for p in [object(), bare] if isinstance(p, Sink)]  # ?rc rec outs
if not isinstance(bare, Sink):
    bare = rec
print(bare)  # ?rc rec
del sinks, hits  # ?rc rec
