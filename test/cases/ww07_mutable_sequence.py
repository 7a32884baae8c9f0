# Theme: a MutableSequence subclass (bounded history) that stores items in a
# private list; append/extend/pop/remove/reverse/+= come from the mixin.
import gc
from collections.abc import MutableSequence


class History(MutableSequence):
    def __init__(self, limit):
        self.limit = limit
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, value):
        self._items.insert(i, value)
        if len(self._items) > self.limit:
            del self._items[0]


a = [1.5]  # ?rc a
b = {"k": 2.5}  # ?rc b
h = History(3)  # ?rc h
h.append(a)  # ?rc a
h.extend([b, a, b])  # ?rc a b -- the first a falls out
h += [a]  # ?rc h a b
last = h.pop()  # ?rc last a
h.remove(b)  # ?rc b
h.reverse()  # ?rc a b
it = iter(h)  # ?rc it h
first = next(it)  # ?rc first
del it  # ?rc h
idx = h.index(a)
h[idx] = h  # ?rc h a
del first, last  # ?rc a
del h
print(gc.collect())  # History instance and its list
after = b  # ?rc after
