# Theme: one object in many containers at once, removed one by one.
class Obj:
    pass

o = Obj()  # ?rc o
l = [o]
t = (o, o)
d = {"a": o, o: "key"}  # ?rc o
s = {o}  # ?rc o
nested = [[o], (o,), {"x": o}]  # ?rc o
l.remove(o)  # ?rc o
del t  # ?rc o
d.pop("a")  # ?rc o
del d[o]  # ?rc o
s.clear()  # ?rc o
nested[0].clear()  # ?rc o
nested.pop()  # ?rc o
nested = None  # ?rc o
