# dir(obj) runs the class's own __dir__ and sorts a new list of what it gives (the list it
# returned is freed; the names in it are shared with the new list).
kept = []
class Custom:
    def __init__(self):
        self.names = ["zeta", "alpha", "mid"]
    def __dir__(self):
        kept.append(self)
        return self.names
class Raises:
    def __dir__(self):
        kept.append(self)
        raise RuntimeError("no dir")
c = Custom()
names = c.names
first = names[0]
d = dir(c)  # ?rc c names first d
top = d[0]  # ?rc top first
r = Raises()
try:
    dir(r)
except RuntimeError as e:
    err = e  # ?rc r
del d
kept.clear()
print(len(kept))  # ?rc c r names first top
