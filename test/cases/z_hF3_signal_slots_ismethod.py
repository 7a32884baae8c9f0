# Signal/slot dispatcher that keeps bound-method slots weakly and plain functions strongly, deciding with inspect.ismethod / isinstance(MethodType).
import gc
import inspect
import sys
import types
import weakref


class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, slot):
        if inspect.ismethod(slot):
            self._slots.append(weakref.WeakMethod(slot))
        elif inspect.isfunction(slot):
            self._slots.append(lambda s=slot: s)
        else:
            raise TypeError(f"cannot connect {type(slot).__name__}")

    def emit(self, *args):
        alive = 0
        for getter in list(self._slots):
            fn = getter()
            if fn is None:
                self._slots.remove(getter)
                continue
            fn(*args)
            alive += 1
        return alive


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n


def describe(slot):
    if isinstance(slot, types.MethodType):
        owner = slot.__self__
        return f"method of {type(owner).__name__}"
    if isinstance(slot, types.FunctionType):
        return f"function {slot.__name__}"
    return "other"


received = []


def record(n):
    received.append(n)


changed = Signal("changed")  # ?rc changed
c1 = Counter()  # ?rc c1
changed.connect(c1.add)  # ?rc c1
changed.connect(record)  # ?rc record
print(describe(c1.add), describe(record), describe(42))
print(inspect.isclass(Counter), inspect.isclass(c1), inspect.isfunction(Counter.add))
n = changed.emit(5)  # ?rc c1 changed
print(n, c1.total, received)
c2 = Counter()  # ?rc c2
changed.connect(c2.add)  # ?rc c2
del c2
n = changed.emit(3)  # ?rc changed
print(n, len(changed._slots))
try:
    changed.connect("not callable")
except TypeError as e:
    msg = str(e)  # ?rc msg
print(msg, sys.getrefcount(c1))
slots = changed._slots  # ?rc slots
del changed  # ?rc slots
print(gc.collect(), len(slots))
