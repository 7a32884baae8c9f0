# Theme: calling a TypedDict class is dict(...) (_TypedDictMeta.__call__ is dict): a plain dict holding one reference per value
from typing import TypedDict
import typing


class Address(TypedDict):
    city: str
    tags: list


class Full(Address, total=False):
    extra: list


class Other(typing.TypedDict):
    a: list


tags = [1.5]  # ?rc tags
addr = Address(city="Some City", tags=tags)  # ?rc addr tags
copy = {**addr}  # ?rc copy tags addr
f = Full(addr, extra=tags)  # ?rc f tags addr
o = Other({"a": tags})  # ?rc o tags
pairs = Other([("a", tags)], b=tags)  # ?rc pairs tags
print(type(f) is dict, type(o))  # ?rc tags
f.update(o)  # ?rc tags
del f, o, copy, addr, pairs  # ?rc tags
