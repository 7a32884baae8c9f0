# Theme: generator expressions kept alive: the genexpr owns the iterator of
# its outermost iterable; inner iterables are evaluated inside its frame.


class Pt:
    pass


a, b = Pt(), Pt()  # ?rc a b
pts = [a, b, a]  # ?rc pts
gx = (p for p in pts if p is a)  # ?rc pts gx
first = next(gx)  # ?rc a first pts
second = next(gx)  # ?rc a second
keep = [gx]  # ?rc gx
del gx  # ?rc pts
rest = list(keep[0])  # ?rc pts a rest
keep.clear()  # ?rc pts
pairs = ((p, q) for p in pts for q in (b,))  # ?rc pts
one = next(pairs)  # ?rc a b one
del pairs  # ?rc a b pts
sums = sum(1 for p in pts if p is b)  # ?rc pts b
lazy_map = map(id, pts)  # ?rc pts lazy_map
ids = list(lazy_map)  # ?rc pts
del lazy_map  # ?rc pts
filt = filter(None, pts)  # ?rc pts filt
got = next(filt)  # ?rc a got
del filt, got  # ?rc a pts
