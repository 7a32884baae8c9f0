# Theme: dict methods returning views, copies and items.
class V:
    pass
v1 = V()
v2 = V()
d = {"a": v1, "b": v2}  # ?rc v1 v2 d
vals = list(d.values())  # ?rc v1 v2 vals
its = list(d.items())  # ?rc v1 v2 its
cp = d.copy()  # ?rc v1 v2 cp
cp2 = dict(d)  # ?rc v1 v2 cp2
del vals, its  # ?rc v1 v2
merged = {**d, "c": v1}  # ?rc v1 v2 merged
d.clear()  # ?rc v1 v2 d
keys = list(cp)  # ?rc keys cp
fromkeys = dict.fromkeys(["x", "y"], v1)  # ?rc v1 fromkeys
del cp, cp2, merged  # ?rc v1 v2
