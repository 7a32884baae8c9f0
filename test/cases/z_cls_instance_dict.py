# An instance's __dict__ changed through dict methods: pop, setdefault, get,
# clear, del and `in` act on the instance's attributes; a key the program
# computes at run time leaves them open.
import gc
import sys


class Box:
    def __init__(self):
        self.a = [1.5]
        self.b = [2.5]
        self.c = [3.5]


box = Box()
a = box.a  # ?rc a
d = box.__dict__  # ?rc d box
got = d.pop("a", None)  # ?rc got a
del got  # ?rc a
has_a = "a" in d
has_b = "b" in d
again = d.pop("a", "not there!")  # ?rc again
b = d.get("b")  # ?rc b
fill = [9.5]  # ?rc fill
kept = d.setdefault("fill", fill)  # ?rc fill kept
old = d.setdefault("b", fill)  # ?rc old b fill
del d["b"]  # ?rc b
try:
    box.b
except AttributeError as exc:
    missing = exc  # ?rc missing
del missing
c = box.c  # ?rc c
d.clear()  # ?rc c fill
box.c = c  # ?rc c
key = "c" + sys.argv[0][:0]
d.pop(key, None)  # ?rc c
after = d.get("c", fill)  # ?rc after fill
print(sys.getrefcount(c))
box.loop = box
del box, d
print(gc.collect())
