# Calling a metaclass directly: M(name, bases, ns) runs type.__call__, the
# metaclass's __init__ (no __new__ of its own: type.__new__ makes the class),
# and the class keeps its own copy of the namespace dict's values.
import gc
import sys


class Tracked(type):
    made = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Tracked.made[name] = cls

    def build(cls, *args):
        obj = cls(*args)  # ?rc obj
        return obj


class Base(metaclass=Tracked):
    def __init__(self, value):
        self.value = value


payload = [1.25, 2.5]  # ?rc payload
ns = {"payload": payload, "kind": "dyn kind"}  # ?rc ns payload
Dyn = Tracked("Dyn", (Base,), ns)  # ?rc Dyn payload ns
print(sys.getrefcount(Dyn))
item = Dyn.build(payload)  # ?rc item payload
print(sys.getrefcount(Dyn))
del ns  # ?rc payload
made = Tracked.made  # ?rc made
del made["Dyn"]
print(sys.getrefcount(Dyn))
del item  # ?rc payload
del Dyn
print(gc.collect())  # ?rc payload
print(sys.getrefcount(Tracked))
