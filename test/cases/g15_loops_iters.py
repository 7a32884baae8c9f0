# Theme: for loops over lists, iterators, enumerate and zip; the loop
# variable keeps the last item after the loop; iterators hold their source.


class It:
    pass


a, b, c = It(), It(), It()
items = [a, b, c]  # ?rc a items
for x in items:
    pass  # ?rc x
after = x  # ?rc c after
it = iter(items)  # ?rc items it
first = next(it)  # ?rc a first
for i, val in enumerate(items):
    pass  # ?rc val
got = val  # ?rc c got
for p, q in zip(items, reversed(items)):
    both = (p, q)  # ?rc both
del both  # ?rc a c
for k in it:
    last = k  # ?rc last
del it  # ?rc items
r = list(reversed(items))  # ?rc a r
while r:
    popped = r.pop()  # ?rc popped
del popped, first, after, got, x, val, p, q, k, last  # ?rc a b c
