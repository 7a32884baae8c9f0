# Theme: records that describe themselves through vars(): a repr built from
# the instance dict, a copy of it, a class attribute table, and a field
# listing that is indexed.
import gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Point({fields})"

    def as_dict(self):
        return dict(self.__dict__)


xs = [1, 2, 3]
ys = [4, 5]
p = Point(xs, ys)  # ?rc p xs ys
s = repr(p)  # ?rc p xs ys
print(s)
d = p.as_dict()  # ?rc d xs ys
names = list(vars(p))  # ?rc names
first = names[0]
print(first)
values = list(p.__dict__.values())  # ?rc values xs ys
pairs = list(p.__dict__.items())  # ?rc pairs xs ys
q = {k: v for k, v in p.__dict__.items()}  # ?rc q xs ys
total = 0
for key in p.__dict__:
    total += len(getattr(p, key))  # ?rc xs ys
print(total)
del d, values, pairs, q
print(gc.collect())
k = sorted(vars(Point))  # ?rc k
print(len(k))
