# Theme: isinstance against a runtime_checkable Protocol or an ABC with registered classes keeps no reference and the object keeps its class
from abc import ABC
from typing import Protocol, runtime_checkable

@runtime_checkable
class Sink(Protocol):
    def write(self, r): ...

@runtime_checkable
class Named(Protocol):
    name: str
    def close(self): ...

class Mem:
    def __init__(self): self.items = []
    def write(self, r): self.items.append(r)

class Closer:
    close = None
    def __init__(self, n): self.name = n

class File:
    def __init__(self, n): self.name = n
    def close(self): pass

class Store(ABC): pass
class Cache(Store): pass
class Plain:
    def __init__(self): self.kept = []
    def put(self, r): self.kept.append(r)
class Other: pass
Cache.register(Plain)

m, rec = Mem(), [1.5]
if isinstance(m, Sink): m.write(rec)
box = [rec]  # ?rc rec m
flags = [isinstance(x, Sink) for x in (m, "text", [1], 3.5, None)]  # ?rc m
f, c = File("a"), Closer("b")
named = [x for x in (f, c, m, "s") if isinstance(x, Named)]  # ?rc f c m
p, o = Plain(), Other()
for x in (p, o):
    if isinstance(x, (Store, int)): x.put(rec)  # ?rc rec
ok = isinstance(p, Cache), isinstance(o, Store), isinstance(p, Store)  # ?rc p o
print(ok, [type(x).__name__ for x in named], flags)
del box, flags, named, ok
del m, p  # ?rc rec
