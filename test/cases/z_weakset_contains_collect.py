# Theme: `x in WeakSet` makes a temporary weakref.ref(x) with no callback and
# frees it at once: no cyclic garbage, so the next gc.collect() stays exact;
# an object that cannot be weakly referenced is simply not in it.
import gc
import weakref


class Listener:
    pass


listeners = weakref.WeakSet()
gc.collect()
a = Listener()  # ?rc a
listeners.add(a)
print(a in listeners, Listener() in listeners)  # ?rc a
print(gc.collect())
print(3.5 in listeners, [a] in listeners)
b = Listener()
b.me = [b]
print(b in listeners, b not in listeners)  # ?rc b
del b
print(gc.collect())
print(a is listeners, len(listeners))
