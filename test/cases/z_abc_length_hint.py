# list() / tuple() / list.extend / sorted / [*x] / f(*x) of an object with __iter__ and __len__:
# PyObject_LengthHint calls __len__ once the iterator exists; set() and {*x} do not.
import sys

seen = []


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        seen.append(self)
        return len(self.items)


class Hinted:
    def __iter__(self):
        return iter((1, 2))

    def __length_hint__(self):
        seen.append(self)
        return 2


def count(*args):
    return len(args)


b = Bag([1, 2, 3])
x = list(b)  # ?rc b x
t = tuple(b)  # ?rc b t
x.extend(b)  # ?rc b
r = sorted(b)  # ?rc b
y = [*b]  # ?rc b y
z = (*b,)  # ?rc b z
k = count(*b)  # ?rc b
s = set(b)  # ?rc b s
u = {*b}  # ?rc b
h = Hinted()
x = list(h)  # ?rc h
seen.clear()
sys.getrefcount(b)
sys.getrefcount(h)
