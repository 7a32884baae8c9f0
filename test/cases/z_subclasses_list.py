# type.__subclasses__() makes a new list holding each live direct subclass (in the order they were made)
import gc
import sys


class Base:
    pass


class A(Base):
    pass


class B(Base):
    pass


class Mix:
    pass


class C(A, Mix):
    pass


subs = Base.__subclasses__()  # ?rc subs A B Base
first = subs[0]  # ?rc first A
del subs  # ?rc A B
subs2 = type.__subclasses__(Base)  # ?rc subs2 A
mixed = Mix.__subclasses__()  # ?rc mixed C
count = len(A.__subclasses__())  # ?rc C
del subs2, first  # ?rc A


def make():
    class Temp(Base):
        pass
    return len(Base.__subclasses__())


n = make()  # ?rc B
gc.collect()
after = Base.__subclasses__()  # ?rc after B
D = type("D", (Base,), {})
with_d = Base.__subclasses__()  # ?rc D with_d
del D  # ?rc with_d
del with_d
objs = object.__subclasses__()  # ?rc Base Mix
seen = sys.getrefcount(Base)
del objs  # ?rc Base
