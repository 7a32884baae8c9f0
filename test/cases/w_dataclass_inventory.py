# Theme: an inventory of dataclass items: order=True sorting, lists from
# field(default_factory=...), dataclasses.replace and asdict snapshots.
import gc
import sys
from dataclasses import asdict, dataclass, field, replace


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


@dataclass
class Warehouse:
    label: str
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)
        return item


wh = Warehouse("north wing")  # ?rc wh
lamp = wh.add(Item(12.5, "desk lamp"))  # ?rc lamp
chair = wh.add(Item(49.99, "office chair", ["seat", "office"]))  # ?rc chair
mug = wh.add(Item(3.25, "coffee mug"))  # ?rc mug
tags = chair.tags  # ?rc tags
cheap = sorted(wh.items)  # ?rc cheap lamp
smallest = min(wh.items)  # ?rc smallest mug
pricier = replace(lamp, price=lamp.price * 2)  # ?rc pricier lamp
shared = pricier.tags  # ?rc shared
snap = asdict(chair)  # ?rc snap tags
snap_tags = snap["tags"]  # ?rc snap_tags
print(sys.getrefcount(tags), snap_tags == tags)
same = lamp == replace(lamp)
bigger = chair > lamp
del cheap, smallest  # ?rc lamp mug
wh.items.remove(mug)  # ?rc mug
del snap  # ?rc snap_tags
gc.collect()
pricier.tags.append(pricier)
del pricier, shared
print(gc.collect())  # the item and its (shared with lamp) tag list? both alive via lamp
lamp.tags.clear()
mug.tags.append(wh)
del wh, mug, lamp, chair, tags
print(gc.collect())
