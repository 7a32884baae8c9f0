# Dict methods in an indexing job: get with defaults, setdefault, pop, update,
# popitem, fromkeys with a shared default, items unpacking in loops.
import sys


class Entry:
    def __init__(self, word):
        self.word = word
        self.hits = 0


words = ["b", "a", "b", "c", "a", "b"]
index = {}
for w in words:
    entry = index.setdefault(w, Entry(w))  # ?rc entry
    entry.hits += 1
eb = index["b"]  # ?rc eb
missing = index.get("z")  # ?rc missing
fallback = Entry("?")  # ?rc fallback
got = index.get("z", fallback)  # ?rc got fallback
got2 = index.get("a", fallback)  # ?rc got2 fallback
shared = []  # ?rc shared
buckets = dict.fromkeys(["x", "y", "z"], shared)  # ?rc shared buckets
buckets["x"].append(eb)  # ?rc eb shared
other = {"d": Entry("d")}
index.update(other)  # ?rc other
ed = other["d"]  # ?rc ed
del other  # ?rc ed
popped = index.pop("c")  # ?rc popped
k, last = index.popitem()  # ?rc last ed
for key, ent in sorted(index.items()):
    top = ent  # ?rc top
copy = dict(index)  # ?rc copy eb
index.clear()  # ?rc eb
print(sys.getrefcount(eb))
