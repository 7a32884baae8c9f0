# gc.callbacks: one info dict per phase shared by every callback, held by
# an argument tuple on 3.11 (PyObject_CallFunction "sO"), passed by vectorcall
# on 3.12+; the phase is a new (mortal) str, info's keys too; the callback
# itself is held by the collector while it runs.
import gc
import sys

seen = []
counts = []


def first(phase, info):
    counts.append(sys.getrefcount(first))
    if phase == "stop":
        seen.append(info)  # ?rc info phase


def second(phase, info):
    keep = phase  # ?rc info phase keep
    if phase == "stop":
        seen.append(phase)  # ?rc phase info
        for k in info:
            seen.append(k)  # ?rc k


gc.collect()
gc.callbacks.append(first)
gc.callbacks.append(second)
n = gc.collect()
a = seen[0]  # ?rc a
b = seen[1]  # ?rc a b
c = seen[2]  # ?rc c
seen.clear()  # ?rc a b c
gc.callbacks.clear()
print(n, a is b, counts, sys.getrefcount(c))
