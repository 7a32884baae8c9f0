# Inventory records with frozen/ordered dataclasses and a NamedTuple for stock levels.
import dataclasses
from dataclasses import dataclass, field
from typing import NamedTuple
import gc


@dataclass(frozen=True, order=True)
class Sku:
    code: str
    size: int


@dataclass
class Item:
    sku: Sku
    name: str
    tags: list = field(default_factory=list)


class Stock(NamedTuple):
    sku: Sku
    qty: int
    where: str


s1 = Sku("AB-100 x", 10 ** 3)  # ?rc s1
s2 = Sku("AB-100 x", 10 ** 3)  # ?rc s2
s3 = Sku("ZZ-900 y", 5)  # ?rc s3
same = s1 == s2
ordered = sorted([s3, s1, s2])  # ?rc ordered s1 s3
it = Item(s1, "blue widget")  # ?rc it s1
it.tags.append("sale item!")
tags = it.tags  # ?rc tags
st = Stock(s1, 42, "aisle 7 b")  # ?rc st s1
sk, qty, where = st  # ?rc sk st
st2 = st._replace(qty=7)  # ?rc st2 s1
d = dataclasses.asdict(it)  # ?rc d it s1
t = dataclasses.astuple(it)  # ?rc t
it2 = dataclasses.replace(it, name="red widget")  # ?rc it2 tags s1
table = {s1: st, s3: None}  # ?rc table s1 st
hit = table[s2]  # ?rc hit st
del ordered, sk  # ?rc s1 s3
del st, hit  # ?rc st2
n = gc.collect()
print(same, d, t, n)
