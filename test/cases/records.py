# Records with dataclasses, namedtuples and collections.
from dataclasses import dataclass
from collections import namedtuple, defaultdict, deque


@dataclass
class Item:
    name: str
    price: float


Pair = namedtuple("Pair", "left right")
tag = ["a tag"]  # ?rc tag
it = Item("widget one", 2.5)  # ?rc it
pair = Pair(it, tag)  # ?rc it tag pair
groups = defaultdict(list)
groups["x"].append(it)  # ?rc it
recent = deque(maxlen=2)
recent.append(tag)  # ?rc tag
recent.append(tag)
recent.append([1.5])  # ?rc tag
left = pair.left  # ?rc left
del pair  # ?rc it tag
