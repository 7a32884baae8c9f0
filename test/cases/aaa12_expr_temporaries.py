# Theme: temporaries in expressions: intermediate objects of chained calls,
# operators and slices are freed as soon as the statement finishes.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def me(self):
        return self


a = Vec(1.5, 2.5)  # ?rc a
b = Vec(0.5, 0.5)  # ?rc b
c = (a + b).scaled(2.0)  # ?rc a b c
d = a.me().me().me()  # ?rc a d
total = sum([v.x for v in (a, b, c)])  # ?rc total a
key = ("point " + str(a.x)).upper()  # ?rc key
words = "alpha beta gamma".split()  # ?rc words
pairs = list(zip([a, b], [b, a]))  # ?rc a b pairs
p0 = pairs[0]  # ?rc p0
big = [a] * 3 + [b] * 2  # ?rc a b
tail = big[-2:][::-1]  # ?rc b tail
del big  # ?rc a b
t = a.x * 3.0  # ?rc t
y = max((a, b, c), key=lambda v: v.y)  # ?rc y
