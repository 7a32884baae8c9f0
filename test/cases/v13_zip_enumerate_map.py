# Theme: lazy iterators kept in variables. zip, enumerate and map hold their
# inputs (through iterators) until they are exhausted or deleted; zip and
# enumerate reuse their result tuple when nobody else holds it. A deque's
# iterator keeps the deque even after it is used up.
import collections
import itertools


class Item:
    def __init__(self, price):
        self.price = price


items = [Item(p * 0.5) for p in range(1, 4)]
labels = ["first label!", "second label!", "third label!"]
pairs = zip(labels, items)  # ?rc items pairs
p1 = next(pairs)  # ?rc p1
p2 = next(pairs)  # ?rc p1 p2
del p1
p3 = next(pairs)  # ?rc p2 p3
leftover = list(pairs)  # ?rc items
del pairs  # ?rc p3
numbered = enumerate(items, 1)
e1 = next(numbered)  # ?rc e1
e1_item = e1[1]
e2 = next(numbered)  # ?rc e1 e2
prices = map(lambda it: it.price * 2, items)  # ?rc items
doubled = next(prices)
rest = list(prices)  # ?rc items
del prices, numbered  # ?rc e1_item
cheap = filter(lambda it: it.price < 1.0, items)
first_cheap = next(cheap)  # ?rc first_cheap
table = dict(zip(labels, items))
queue = collections.deque(items)  # ?rc queue
walker = iter(queue)
walked = [it.price for it in walker]  # ?rc queue -- the used-up iterator keeps it
del walker  # ?rc queue
left, right = itertools.tee(items)  # ?rc items
l1 = next(left)  # ?rc l1
costs = itertools.starmap(lambda a, b: a.price * b, zip(items, [1.5, 2.5, 3.5]))
c1 = next(costs)  # ?rc c1 first_cheap
del cheap, left, right, costs  # ?rc items first_cheap
