# Theme: weak references. A callback that appends to a list keeps the dead
# weakref alive; WeakValueDictionary entries (also those passed to the
# constructor) vanish with their values; weakref.finalize holds its
# arguments strongly until it runs.
import weakref

graveyard = []


class Ghost:
    def __init__(self, name):
        self.name = name


g1 = Ghost("first ghost")  # ?rc g1
r1 = weakref.ref(g1, graveyard.append)  # ?rc r1
r1b = weakref.ref(g1)  # ?rc r1b
r1c = weakref.ref(g1)  # ?rc r1b r1
cache = weakref.WeakValueDictionary()
cache["ghost one"] = g1  # ?rc g1
alias = cache["ghost one"]  # ?rc g1
del alias  # ?rc g1
del g1  # ?rc r1 graveyard
print(len(cache), r1b())
dead = graveyard[0]  # ?rc dead r1
payload = [3.5]  # ?rc payload
g2 = Ghost("second ghost")
fin = weakref.finalize(g2, graveyard.append, payload)  # ?rc payload fin
seed = weakref.WeakValueDictionary({"ghost two": g2})  # ?rc fin
back = seed.get("ghost two")  # ?rc back
pairs = list(seed.items())  # ?rc back
del g2, back, pairs  # ?rc payload fin
keys = weakref.WeakKeyDictionary()
g3 = Ghost("third ghost")
keys[g3] = payload  # ?rc payload g3
del g3  # ?rc payload
graveyard.clear()  # ?rc payload r1
