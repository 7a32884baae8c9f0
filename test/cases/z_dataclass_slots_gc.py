# Theme: @dataclass(slots=True) builds a new class from a copy of the old
# class dict; the old class is cyclic garbage unless frozen=True's closures
# (or a method's __class__ cell) keep it. Dataclasses own a __match_args__ tuple.
import gc
from dataclasses import dataclass, field

gc.collect()


@dataclass(slots=True)
class Point:
    x: float
    y: float = 2.5 * 2

    def norm1(self):
        return abs(self.x) + abs(self.y)


print(gc.collect())  # the replaced class: 5 objects


@dataclass(frozen=True, slots=True)
class Key:
    name: str
    parts: tuple


print(gc.collect())  # kept by the new class's __setattr__ / __delattr__


@dataclass(slots=True)
class Child(Point):
    tags: list = field(default_factory=list)


print(gc.collect())


@dataclass
class Job:
    name: str
    cmd: list


ma = Job.__match_args__  # ?rc ma
pm = Point.__match_args__  # ?rc pm
v = [1.5 * 3]  # ?rc v
p = Point(v)  # ?rc p v
q = Point(v, v)  # ?rc q v
k = Key("key one!", (v, v))  # ?rc k v
c = Child(v)  # ?rc c v
tags = c.tags  # ?rc tags
same = p == Point(v)  # ?rc p v
del p, q  # ?rc v
del k, c  # ?rc v tags
print(gc.collect())
