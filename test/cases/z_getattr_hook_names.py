# Theme: the name object __getattr__ / __getattribute__ hooks receive: the interned
# identifier from the code for `obj.name`, the very string getattr() was given
import gc, sys
class Echo:
    def __getattr__(self, name):
        return name
class Loud:
    def __getattribute__(self, name):
        if name == 'real':
            return object.__getattribute__(self, name)
        return name
class Keeper:
    def __init__(self):
        self.seen = []
    def __getattr__(self, name):
        self.seen.append(name)
        return len(self.seen)
e = Echo()
missing = e.whatever  # ?rc missing
also = e.whatever  # ?rc missing also
lit = getattr(e, 'literal_name')  # ?rc lit
built = ''.join(['dyn', 'amic'])  # ?rc built
back = getattr(e, built)  # ?rc built back
same = back is built
l = Loud()
shout = l.anything  # ?rc shout
got = getattr(l, built)  # ?rc built got
k = Keeper()
n1 = k.first  # ?rc n1
n2 = getattr(k, built)  # ?rc built
seen = k.seen  # ?rc seen
del k, seen  # ?rc built
r = sys.getrefcount(built)
n = gc.collect()
