# Theme: a class's __dict__ (and vars() of a class) is a new read-only
# mappingproxy on every read: the proxy holds the class dict, names hold the
# proxy, and a store through it is a TypeError that keeps nothing.
import gc


class Config:
    limit = [10]
    name = "cfg"

    def show(self):
        return self.limit


d = Config.__dict__  # ?rc d
e = Config.__dict__  # ?rc d e
v = vars(Config)  # ?rc v
lim = d["limit"]  # ?rc lim d
keys = [k for k in d if not k.startswith("__")]  # ?rc keys
box = []
try:
    d["extra"] = box
except TypeError as err:
    caught = err  # ?rc box
try:
    del e["limit"]
except TypeError:
    pass
n = len(Config.limit)  # ?rc lim
same = d is e  # ?rc d e
del d, e, v  # ?rc lim
print(gc.collect())
