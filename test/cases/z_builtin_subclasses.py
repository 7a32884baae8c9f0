# Subclasses of list and dict: the builtin part holds the items; methods, slots, super() and __missing__
import gc


class Stack(list):
    def push(self, item):
        self.append(item)  # ?rc item

    def peek(self):
        top = self[-1]  # ?rc top
        return top

    def is_empty(self):
        return not self


class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self[key] + 1


class Registry(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner  # ?rc owner

    def __setitem__(self, key, value):
        super().__setitem__(key, value)  # ?rc value


box = [1.5]  # ?rc box
s = Stack()  # ?rc s
s.push(box)  # ?rc box s
s.push([2.5])
top = s.peek()  # ?rc top box
empty = s.is_empty()  # ?rc empty
n = len(s)  # ?rc n
has = box in s  # ?rc has box
kinds = isinstance(s, list)  # ?rc kinds
items = [x for x in s]  # ?rc items box
copy = s[:]  # ?rc copy box
plain = s.copy()  # ?rc plain box
del items, copy, plain, top  # ?rc box
popped = s.pop(0)  # ?rc popped box
filled = Stack([box, box])  # ?rc filled box
t = Tally()  # ?rc t
for w in ["aa bb", "cc dd", "aa bb"]:
    t.add(w)  # ?rc t
count = t["aa bb"]  # ?rc count
zero = t["nothing here"]  # ?rc zero
owner = [0.5]  # ?rc owner
r = Registry(owner)  # ?rc r owner
r["k1"] = owner  # ?rc owner
r["k2"] = r  # ?rc r
keys = list(r)  # ?rc keys r
got = r.get("k1")  # ?rc got owner
del got, keys
s.append(s)
del s, filled
print(gc.collect())
del r
print(gc.collect())  # ?rc owner
