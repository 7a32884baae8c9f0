# Theme: the same owner/item cycle built with plain instances, with
# __slots__ instances, and with instances whose __dict__ was looked at.
# gc.collect() counts what is really a separate GC object.
import gc


class Owner:
    def __init__(self):
        self.items = []


class Item:
    def __init__(self, owner):
        self.owner = owner
        owner.items.append(self)


class SOwner:
    __slots__ = ("items",)

    def __init__(self):
        self.items = []


class SItem:
    __slots__ = ("owner",)

    def __init__(self, owner):
        self.owner = owner
        owner.items.append(self)


gc.collect()
o = Owner()  # ?rc o
i1, i2 = Item(o), Item(o)  # ?rc o i1 i2
del o, i1, i2
print(gc.collect())  # owner, its list, two items

so = SOwner()  # ?rc so
j1, j2 = SItem(so), SItem(so)  # ?rc so j1 j2
del so, j1, j2
print(gc.collect())  # the same shape with slots

o = Owner()
k = Item(o)
attrs = vars(k)  # ?rc attrs k o
odict = o.__dict__  # ?rc odict o
del attrs, odict
del o, k
print(gc.collect())  # as before plus materialised dicts (3.11/3.12)

x = Owner()
x.items.append(x.items)  # ?rc x -- a list containing itself
del x
print(gc.collect())  # only the list is cyclic; the Owner was freed
