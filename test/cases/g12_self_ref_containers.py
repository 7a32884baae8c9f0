# Theme: self-referencing lists and dicts, and containers that reference
# each other; collected when dropped.
import gc

gc.collect()
a = []  # ?rc a
a.append(a)  # ?rc a
a.append(a)  # ?rc a
a.extend([a, a])  # ?rc a
d = {}  # ?rc d
d["self ref"] = d  # ?rc d
d["list"] = a  # ?rc a d
a.append(d)  # ?rc d
del a
print(gc.collect())  # nothing yet: d holds a
del d
print(gc.collect())  # the list and the dict
x, y = [], {}
x.append(y)
y["back ref"] = x  # ?rc x y
z = [x, y, x]  # ?rc x y z
del x, y  # ?rc z
print(gc.collect())
del z
print(gc.collect())
nested = [[], []]
nested[0].append(nested[1])
nested[1].append(nested[0])
inner = nested[0]  # ?rc inner nested
del nested  # ?rc inner
del inner
print(gc.collect())


class Bag:
    pass


bag = Bag()
bag.__dict__["self ref"] = bag  # ?rc bag
attrs = bag.__dict__  # ?rc attrs bag
del bag, attrs
print(gc.collect())  # the instance (and on 3.11/3.12 its dict)
