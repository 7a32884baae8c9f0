# Theme: frozen dataclasses with slots=True compare and hash by fields; used
# as dict keys and set members they are shared, not copied.
from dataclasses import dataclass
import sys


@dataclass(frozen=True)
class Key:
    name: str
    part: tuple


@dataclass
class Val:
    data: list


part = (1.5, 2.5)  # ?rc part
k1 = Key("first key!", part)  # ?rc k1 part
k2 = Key("first key!", part)  # ?rc k2 part
d = {k1: Val([k1])}  # ?rc k1
same = d[k2]  # ?rc same k1
print(k1 == k2, sys.getrefcount(k2))
s = {k1, k2}  # ?rc k1 k2
del d  # ?rc k1 same
v = Val(same.data)  # ?rc v
del same  # ?rc k1 v
