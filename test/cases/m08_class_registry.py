# Class attributes and registries without metaclasses: a class-level list
# that every instance registers into keeps them all alive; unregistering
# and deleting classes show the class's own cycle.
import gc


class Plugin:
    registry = []

    def __init__(self, name):
        self.name = name
        Plugin.registry.append(self)  # ?rc self

    def unregister(self):
        Plugin.registry.remove(self)  # ?rc self


class Fancy(Plugin):
    kind = 1.5 * 3


gc.collect()
p = Plugin("not ident 1")  # ?rc p
q = Fancy("not ident 2")  # ?rc q
reg = Plugin.registry  # ?rc reg
same = Fancy.registry  # ?rc reg same
kind = Fancy.kind  # ?rc kind
del p, q  # ?rc reg
first = reg[0]  # ?rc first
first.unregister()  # ?rc first
del first
print(gc.collect())  # nothing: all plain references
for i in range(3):
    item = Fancy(i * 0.75)  # ?rc item
print(len(reg))
reg.clear()  # ?rc item
del item
print(gc.collect())


def make_class(tag):
    class Temp:
        value = tag

        def method(self):
            return self.value
    t = Temp  # ?rc t
    return t


T = make_class(10 ** 5)  # ?rc T
inst = T()  # ?rc T inst
del inst  # ?rc T
del T
print(gc.collect())  # the class and its function
for n in range(2):
    K = make_class(n * 1.5)  # ?rc K
del K
print(gc.collect())
table = {}
table["plugin"] = Plugin  # ?rc table
del table
print(gc.collect())
