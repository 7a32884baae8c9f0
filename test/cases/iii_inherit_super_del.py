# Theme: inheritance with super().__init__ and a __del__ in the base class;
# a subclass instance in a cycle is finalized once by the collector.
import gc

log = []


class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class Derived(Base):
    def __init__(self, name, partner=None):
        super().__init__(name)
        self.partner = partner  # ?rc self


nm = "name of d1!"
d1 = Derived(nm)  # ?rc d1
d2 = Derived("name of d2!", d1)  # ?rc d1 d2
d1.partner = d2  # ?rc d1 d2
del d1, d2
print(gc.collect())  # two instances, their dicts on older versions
got = log[0]  # ?rc got
print(sorted(log))
d3 = Derived("name of d3!")  # ?rc d3
del d3
print(len(log))
