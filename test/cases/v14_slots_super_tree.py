# Theme: __slots__ across a hierarchy with super().__init__. Slotted
# instances have no __dict__; a subclass without __slots__ gets a dict and
# weakref support again. Parent/child links make cycles the collector frees.
import gc
import weakref


class Base:
    __slots__ = ("name", "parent")

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent


class Branch(Base):
    __slots__ = ("kids",)

    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.kids = []
        if parent is not None:
            parent.kids.append(self)


class Loose(Branch):
    def __init__(self, name, parent=None, **extra):
        super().__init__(name, parent)
        self.extra = extra


def has_dict(obj):
    return hasattr(obj, "__dict__")


gc.collect()
root = Branch("root branch!")  # ?rc root
a = Branch("branch a!", root)  # ?rc root a
b = Loose("loose b!", a, color="green color!")  # ?rc a b
wb = weakref.ref(b)  # ?rc b
kids = a.kids  # ?rc kids
del root, a, b, kids
print(gc.collect())  # two slotted branches, one loose one, lists, extra dict
print(wb() is None)
p = Branch("parent node!")
c = Branch("child node!", p)  # ?rc p c
c.parent = None  # ?rc p
del p  # ?rc c
print(gc.collect())
solo = Loose("solo node!")  # ?rc solo
solo.me = solo  # ?rc solo
extra = solo.extra  # ?rc extra
del solo
print(gc.collect())  # the instance, its kids list and extra dict
print(len(extra))  # ?rc extra
pair = Loose("pair one!"), Loose("pair two!")
pair[0].other, pair[1].other = pair[1], pair[0]
print([has_dict(x) for x in pair], has_dict(c))
del pair
print(gc.collect())  # two instances, two kids lists, and the dicts hasattr made
