# dict(m), d.update(m), {**m} and f(**m) of an instance with keys(): keys() runs, then m[key]
# for each key (PyDict_Merge); the new dict holds the keys and the values __getitem__ gives.
kept = []
class Table:
    def __init__(self):
        self.names = ["a", "b"]
        self.value = [0]
    def keys(self):
        kept.append(self)
        return self.names
    def __getitem__(self, k):
        kept.append(k)
        return self.value
class Broken(Table):
    def __getitem__(self, k):
        if k == "b":
            raise KeyError(k)
        return self.value
def take(**kw):
    return kw
t = Table()
v = t.value
d1 = dict(t)  # ?rc t v
d2 = {}
d2.update(t)  # ?rc t v
d3 = {**t, "c": 1}  # ?rc t v
d4 = take(**t)  # ?rc t v
try:
    take(a=1, **t)
except TypeError as e:
    err = e  # ?rc t v
bad = Broken()
bv = bad.value
try:
    dict(bad)
except KeyError as e:
    err2 = e  # ?rc bad bv
try:
    x = {**bad}
except KeyError as e:
    err3 = e  # ?rc bad bv
del d1, d2, d3, d4
kept.clear()
print(len(kept))  # ?rc t v bad bv
