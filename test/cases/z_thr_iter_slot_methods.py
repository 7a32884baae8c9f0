# A C iterator's slot methods read as attributes: `it.__next__` is a method-wrapper
# holding the iterator (iter(it.__next__, sentinel) keeps it until the sentinel),
# calling it steps the iterator like next(it) and raises StopIteration at the end;
# `it.__iter__()` is the iterator itself.
class Item:
    pass


items = [Item(), Item(), Item()]
first = items[0]  # ?rc first
src = iter(items)  # ?rc src items
step = src.__next__  # ?rc step src
got = step()  # ?rc got src
same = src.__iter__()  # ?rc same src
del same
got2 = step()  # ?rc got2
rest = [step()]  # ?rc rest src
try:
    step()
except StopIteration as e:
    no_args = e.args  # ?rc items
del step  # ?rc src

nums = [2.5, 3.5, 0.25, 4.5]  # ?rc nums
feed = iter(nums)  # ?rc feed nums
stop = 0.25 * 1
taken = list(iter(feed.__next__, stop))  # ?rc taken feed nums
after = next(feed)  # ?rc after feed
empty = next(feed, None)  # ?rc nums feed

pairs = zip(items, nums)  # ?rc pairs items
nxt = pairs.__next__
p1 = nxt()  # ?rc p1 pairs
del nxt  # ?rc pairs
print(got, got2, rest, no_args, taken, after, empty, p1)
