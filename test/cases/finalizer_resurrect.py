# Theme: __del__ that resurrects its object, and cycles with finalizers.
import gc

graveyard = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        graveyard.append(self)

p = Phoenix("x")
del p  # ?rc graveyard
first = graveyard[0]  # ?rc first
graveyard.clear()  # ?rc first
del first
n = gc.collect()

class Pair:
    def __init__(self):
        self.other = None
    def __del__(self):
        pass

a = Pair()
b = Pair()
a.other = b
b.other = a  # ?rc a b
del a, b
found = gc.collect()
again = gc.collect()
