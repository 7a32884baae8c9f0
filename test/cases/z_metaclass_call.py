# Theme: a metaclass __call__ caching instances: calling the class runs it (slot_tp_call), super().__call__
# reaches type.__call__ (a new instance, __init__ run), and a second call gives the cached object back.
class Cached(type):
    instances = {}

    def __call__(cls, key):
        if key not in Cached.instances:
            Cached.instances[key] = super().__call__(key)
        return Cached.instances[key]


class Item(metaclass=Cached):
    def __init__(self, key):
        self.key = key


k = str(10 ** 6)  # ?rc k
a = Item(k)  # ?rc a k
b = Item(k)  # ?rc a
same = a is b
got = Cached.instances.pop(k)  # ?rc a k
del a, b, got  # ?rc k
after = k  # ?rc k
