# Application-style: an inventory with items, categories and a report.
import gc


class Item:
    count = 0

    def __init__(self, name, price, tags):
        self.name = name
        self.price = price
        self.tags = tags
        Item.count += 1

    def total(self, qty):
        return self.price * qty

    @property
    def label(self):
        return self.name.upper()

    @staticmethod
    def make(name):
        return Item(name, 1.5, [])

    @classmethod
    def empty(cls):
        return cls("none", 0.5, [])


class Inventory:
    def __init__(self):
        self.items = {}
        self.by_tag = {}

    def add(self, item):
        self.items[item.name] = item  # ?rc item self
        for tag in item.tags:
            self.by_tag.setdefault(tag, []).append(item)
        return item

    def find(self, name):
        return self.items.get(name)


tags = ["red", "big"]
inv = Inventory()  # ?rc inv
apple = inv.add(Item("apple pie", 2.5, tags))  # ?rc apple tags inv
pear = inv.add(Item.make("pear tart"))  # ?rc pear
box = Item.empty()  # ?rc box
found = inv.find("apple pie")  # ?rc found apple
cost = apple.total(3)  # ?rc cost
lbl = apple.label  # ?rc lbl
report = []
for name, item in inv.items.items():
    report.append((name, item))  # ?rc item
del report  # ?rc apple pear
by_red = inv.by_tag["red"]  # ?rc by_red apple
pairs = list(zip(tags, [apple, pear]))  # ?rc apple pear pairs
for i, (t, it) in enumerate(pairs):
    last = it  # ?rc it
del pairs, last, it  # ?rc apple pear
ordered = sorted([pear, apple], key=lambda x: x.name)  # ?rc apple ordered
del inv  # ?rc apple pear by_red
print(gc.collect())
