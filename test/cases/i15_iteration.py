# Theme: iteration by hand (iter/next, enumerate with start, zip of three,
# reversed, sorted with key=lambda) and unpacking (starred, nested, swap).


class Obj:
    def __init__(self, k):
        self.k = k


data = [Obj(3), Obj(1), Obj(2)]  # ?rc data
it = iter(data)  # ?rc data it
first = next(it)  # ?rc first
second = next(it)  # ?rc second
del it  # ?rc data
for idx, o in enumerate(data, start=10):
    pass  # ?rc o
pair = None
for pair in enumerate(data, 5):
    pass  # ?rc pair
a, b, c = [1.5, 2.5], [3.5, 4.5], [5.5, 6.5]  # ?rc a b c
for x, y, z in zip(a, b, c):
    s = x + y + z  # ?rc s
for t in zip(a, b, c):
    pass  # ?rc t
rev = reversed(data)  # ?rc data rev
last = next(rev)  # ?rc last
srt = sorted(data, key=lambda o: o.k)  # ?rc srt first
low = srt[0]  # ?rc low second
del rev, srt  # ?rc data second
head, *rest = data  # ?rc head rest
(p, q), r = (first, second), last  # ?rc p q r
p, q = q, p  # ?rc p q
rows = [(first, [second, last]), (second, [first, last])]
for h, [m, n] in rows:
    pass  # ?rc h m n
for h, *tail in [(first, second, last)]:
    pass  # ?rc tail last
del rows, head, rest  # ?rc first second last
