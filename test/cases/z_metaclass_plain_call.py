# Theme: a metaclass that only adds __call__, methods and data: classes made by it are plain
# classes holding their metaclass; Cls(...) runs the metaclass's __call__ (argument tuple held),
# the class reads the metaclass's data and methods (bound to the class), and the metaclass's
# cache keyed by the class makes a cycle through the metaclass.
import gc
import sys


class Registry(type):
    made = {}

    def __call__(cls, *args):
        box = args[0]  # ?rc box
        inst = super().__call__(*args)  # ?rc box inst
        cls.made.setdefault(cls, []).append(inst)
        return inst

    def count(cls):
        return len(cls.made.get(cls, ()))


class Widget(metaclass=Registry):
    def __init__(self, box):
        self.box = box  # ?rc box


class Knob(Widget):
    pass


payload = [2.5]  # ?rc payload
w = Widget(payload)  # ?rc w payload
k = Knob([3.5])  # ?rc k
if type(Knob) is Registry and isinstance(w, Widget):
    kept = payload  # ?rc payload
n = Widget.count()
made = Widget.made  # ?rc made
meta_rc = sys.getrefcount(Registry)
del made
Registry.made.clear()  # ?rc w k
del w, k, Knob
freed = gc.collect()
print(n, meta_rc, freed)
