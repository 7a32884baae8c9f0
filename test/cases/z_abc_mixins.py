# Theme: collections.abc mixins calling the class's own methods back: what their frames, loop
# variables and views hold while __getitem__ / __setitem__ / insert run, and after.
from collections.abc import Iterator, MutableMapping, MutableSequence


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        v = self._d[key]  # ?rc v
        return v

    def __setitem__(self, key, value):
        self._d[key] = value  # ?rc value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(list(self._d))

    def __len__(self):
        return len(self._d)


class Row(MutableSequence):
    def __init__(self):
        self._cells = []

    def __getitem__(self, pos):
        return self._cells[pos]

    def __setitem__(self, pos, item):
        self._cells[pos] = item

    def __delitem__(self, pos):
        del self._cells[pos]

    def __len__(self):
        return len(self._cells)

    def insert(self, pos, item):
        self._cells.insert(pos, item)  # ?rc item


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n * 1000


a = [1.5]  # ?rc a
b = [2.5]  # ?rc b
s = Store()
s["a"] = a  # ?rc a
got = s.get("a")  # ?rc got
dflt = s.get("zz", b)  # ?rc dflt
has = "a" in s  # ?rc a
s.update({"b": b}, c=a)  # ?rc a b
s.update([("d", b)])  # ?rc b
kept = s.setdefault("e", b)  # ?rc kept
view = s.values()  # ?rc view s
vals = list(view)  # ?rc vals a b
pairs = dict(s.items())  # ?rc pairs a b
copy = dict(s)  # ?rc copy a
same = s == copy
del view, vals, pairs, copy  # ?rc a b s
popped = s.pop("c")  # ?rc popped a
last = s.popitem()  # ?rc last b
s.clear()  # ?rc a b
r = Row()
r.append(a)  # ?rc a
r.extend([b, a])  # ?rc a b
r += [b]  # ?rc r b
where = r.index(b)
n = r.count(a)
r.remove(a)  # ?rc a
r.reverse()  # ?rc a b
it = iter(r)  # ?rc it r
first = next(it)  # ?rc first
back = list(reversed(r))  # ?rc back b
inside = b in r  # ?rc b
del it, back  # ?rc r b
end = r.pop()  # ?rc end
r.clear()  # ?rc a b
cd = Countdown(3)
same_it = iter(cd)  # ?rc cd same_it
vals2 = list(cd)  # ?rc vals2
