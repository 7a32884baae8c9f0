# Theme: resurrection from a cycle: the collector runs __del__ of every
# object in a garbage cycle, and if one of them stores itself somewhere the
# whole cycle survives (nothing freed); the next collection frees it for good
# without running __del__ again.
import gc


class Survivor:
    graveyard = []
    calls = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Survivor.calls.append(self.name)
        if self.name == "revive me":
            Survivor.graveyard.append(self)  # ?rc self


gc.collect()
a = Survivor("revive me")  # ?rc a
b = Survivor("plain one")  # ?rc b
a.partner = b
b.partner = a  # ?rc a b
del a, b
print(gc.collect())  # both finalized, a resurrected: cycle kept
print(Survivor.calls)
alive = Survivor.graveyard[0]  # ?rc alive
mate = alive.partner  # ?rc mate
del mate  # ?rc alive
Survivor.graveyard.clear()  # ?rc alive
del alive
print(gc.collect())  # now freed; no second __del__
print(len(Survivor.calls))
x = Survivor("lonely")
x.me = x  # ?rc x
del x
print(gc.collect())
y = Survivor("revive me")  # ?rc y
del y
rev = Survivor.graveyard.pop()  # ?rc rev
