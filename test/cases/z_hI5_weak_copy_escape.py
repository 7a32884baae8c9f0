# Theme: a registry copied with copy.copy before a widget in a cycle is
# collected: each copy's weak reference is freed by its callback, and
# gc.collect() counts those too.
import copy
import gc
import weakref


class Widget:
    def __init__(self, name):
        self.name = name


w1 = Widget("ok button")
names = weakref.WeakValueDictionary()
names["ok"] = w1  # ?rc w1
dup = copy.copy(names)  # ?rc w1
backup = copy.copy(names)
w1.me = w1  # ?rc w1
del w1
print(gc.collect(), len(names), len(dup))
