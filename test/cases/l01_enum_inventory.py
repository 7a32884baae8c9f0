# Course exercise: a shop inventory keyed by enum.Enum members. Stock is a
# dict from (Color, Size) to a list of items; totals are kept per Color.
import enum
import gc


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Size(enum.IntEnum):
    SMALL = 10
    LARGE = 20


class Item:
    def __init__(self, name, color, size, price):
        self.name = name
        self.color = color
        self.size = size
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, {self.color.name}, {self.size.name})"


red = Color.RED  # ?rc red
large = Size.LARGE  # ?rc large
stock = {}  # ?rc stock
items = [
    Item("t-shirt #1", Color.RED, Size.SMALL, 9.5),
    Item("t-shirt #2", Color.RED, Size.LARGE, 11.25),
    Item("hoodie #1", Color.BLUE, Size.LARGE, 30.75),
    Item("cap #1", Color.GREEN, Size.SMALL, 7.5),
]  # ?rc items red large
for it in items:
    key = (it.color, it.size)  # ?rc key
    stock.setdefault(key, []).append(it)  # ?rc it

totals = dict.fromkeys(Color, 0.0)  # ?rc totals red
for (color, size), bucket in stock.items():
    totals[color] += sum(i.price for i in bucket)  # ?rc bucket
print(totals)

first = stock[(Color.RED, Size.SMALL)]  # ?rc first
first_item = first[0]  # ?rc first_item first
by_name = {c.name: c for c in Color}  # ?rc by_name red
green = by_name["GREEN"]  # ?rc green
looked_up = Color(3)  # ?rc looked_up
same = Color["RED"]  # ?rc same red


def describe(color):
    label = f"{color.name.lower()} ({color.value})"  # ?rc label color
    return label


text = describe(red)  # ?rc text red
labels = [describe(c) for c in Color]  # ?rc labels
del items, it, first_item  # ?rc first stock
removed = stock.pop((Color.BLUE, Size.LARGE))  # ?rc removed
del removed, bucket
print(gc.collect())
print(len(stock), text, labels)  # ?rc stock red
