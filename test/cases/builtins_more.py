# Theme: inventory lookups with builtins and their defaults: next() with a
# default, max/min with default=, iter() over a dict, getattr defaults,
# functools.partial and sorted() results indexed afterwards.
import functools


class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


bolts = Item("hex bolt M6", 40)  # ?rc bolts
nuts = Item("wing nut M6", 15)  # ?rc nuts
empty_marker = ["nothing found"]  # ?rc empty_marker
stock = {"bolts": bolts, "nuts": nuts}
hit = next((i for i in stock.values() if i.qty < 20), empty_marker)  # ?rc hit nuts
miss = next((i for i in stock.values() if i.qty > 99), empty_marker)  # ?rc miss empty_marker
biggest = max(stock.values(), key=lambda i: i.qty, default=empty_marker)  # ?rc biggest bolts
none_left = min([], default=empty_marker)  # ?rc none_left empty_marker
keys = iter(stock)  # ?rc keys stock
k = next(keys)  # ?rc k
by_qty = sorted(stock.values(), key=lambda i: i.qty)  # ?rc by_qty
lowest = by_qty[0]  # ?rc lowest nuts bolts
notes = getattr(bolts, "notes", empty_marker)  # ?rc notes empty_marker
make = functools.partial(Item, qty=0)  # ?rc make
washer = make("flat washer")  # ?rc washer
kwargs = make.keywords  # ?rc kwargs
count = sum(1 for i in stock.values() if i.qty > 10)  # ?rc count
pairs = dict(zip(["first", "second"], [bolts, nuts]))  # ?rc pairs bolts
del hit, miss, biggest, none_left, by_qty, lowest, notes, pairs  # ?rc bolts nuts empty_marker
