# Theme: typing.overload keeps every stub in typing's registry (one entry per qualname and first line); get_overloads gives a new list
import gc
from typing import overload, get_overloads, clear_overloads


class Parser:
    @overload
    def parse(self, v: int) -> int: ...
    @overload
    def parse(self, v: str) -> str: ...
    def parse(self, v):
        return v


def make(n):
    @overload
    def conv(v: int) -> int: ...
    def conv(v):
        return v * n
    return conv


p = Parser()
stubs = get_overloads(p.parse)  # ?rc stubs p
first = stubs[0]  # ?rc first
c1 = make(2)  # ?rc c1
c2 = make(3)  # ?rc c2
inner = get_overloads(c1)  # ?rc inner c1
stub = inner[0]  # ?rc stub
del inner  # ?rc stub
again = get_overloads(c2)  # ?rc again stub
gc.collect()
print(len(stubs), len(again))  # ?rc first stub
clear_overloads()  # ?rc first stub
print(get_overloads(Parser.parse))  # ?rc first
del stubs  # ?rc first
del first, stub


@overload
def area(r: float) -> float: ...
def area(r):
    return r * r


kept = get_overloads(area)[0]  # ?rc kept
kept.me = [kept]  # ?rc kept
del kept
gc.collect()  # the stub's cycle is kept alive by the registry
clear_overloads()
gc.collect()  # now it is garbage
