# Theme: a typed repository layer: typing.NamedTuple rows, TypedDict
# payloads, a Generic[T] repository class and a runtime-checkable Protocol.
import gc
import sys
from typing import Generic, NamedTuple, Protocol, TypedDict, TypeVar, runtime_checkable

T = TypeVar("T")


class Point(NamedTuple):
    x: float
    y: float
    label: str = "unnamed point"


class Payload(TypedDict):
    id: int
    tags: list


@runtime_checkable
class HasKey(Protocol):
    def key(self) -> str: ...


class Repo(Generic[T]):
    def __init__(self):
        self.items = {}
        self.order = []

    def add(self, k, item):
        self.items[k] = item  # ?rc item
        self.order.append(k)

    def get(self, k):
        found = self.items[k]  # ?rc found
        return found


class Keyed:
    def __init__(self, name):
        self.name = name

    def key(self):
        return self.name


def use_key(obj: HasKey) -> str:
    return obj.key()


p = Point(1.5, 2.5)  # ?rc p
q = p._replace(label="moved point")  # ?rc q p
fields = Point._fields  # ?rc fields
default_label = p.label  # ?rc default_label
repo = Repo[Point]()  # ?rc repo
repo.add("first key", p)  # ?rc p
repo.add("second key", q)
got = repo.get("first key")  # ?rc got p
payload: Payload = {"id": 1000, "tags": ["new", "hot"]}  # ?rc payload
tags = payload["tags"]  # ?rc tags
k = Keyed("the key name")  # ?rc k
kk = use_key(k)  # ?rc kk k
proto_attrs = HasKey.__dict__.get("key")  # ?rc proto_attrs
pts = [Point(float(i), float(i) * 0.5) for i in range(4)]  # ?rc pts
xs = [pt.x for pt in pts]  # ?rc xs
total = sum(xs)  # ?rc total
ordered = sorted(pts, key=lambda pt: -pt.y)  # ?rc ordered
best = ordered[0]  # ?rc best
print(sys.getrefcount(p), sys.getrefcount(got))
del repo  # ?rc p q
del got  # ?rc p
r2 = Repo()  # ?rc r2
r2.add("me", r2)  # ?rc r2
del r2
print(gc.collect())
print(fields, default_label, total, best)
