# Theme: per-widget metadata in WeakKeyDictionaries and a name registry in
# a WeakValueDictionary, merged with the | and |= operators (3.9+).
import copy
import gc
import weakref


class Widget:
    def __init__(self, name):
        self.name = name


w1 = Widget("ok button")
w2 = Widget("cancel button")
style = weakref.WeakKeyDictionary({w1: ["bold style"]})
layout = weakref.WeakKeyDictionary({w2: ["grid layout"]})
merged = style | layout  # ?rc merged w1 w2
style |= {w2: ["italic style"]}  # ?rc style
names = weakref.WeakValueDictionary(ok=w1)
more = names | {"cancel": w2}  # ?rc more w1 w2
names |= more  # ?rc names
plain = {"extra": w1} | names  # ?rc plain w1
dup = copy.copy(names)  # ?rc dup
print(len(merged), len(style), len(names), len(more), len(dup))
del plain
w1.me = w1  # ?rc w1
del w1
print(len(merged), len(names), gc.collect(), len(merged), len(names))
del w2
print(len(style), len(layout), len(more), gc.collect())
