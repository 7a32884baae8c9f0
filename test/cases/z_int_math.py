# Theme: math's integer functions computed exactly: a fraction class that reduces itself with
# math.gcd compares equal to its reduced twin, so a set or dict keeps the first key only.
import math


class Frac:
    def __init__(self, n, d):
        g = math.gcd(n, d)
        self.n = n // g
        self.d = d // g

    def __eq__(self, other):
        return self.n == other.n and self.d == other.d

    def __hash__(self):
        return hash((self.n, self.d))


half = Frac(1, 2)
seen = {half}
twin = Frac(2, 4)
seen.add(twin)  # ?rc half twin seen
names = {half: "half"}
label = names[Frac(3, 6)]  # ?rc label half
names[twin] = "still half"  # ?rc half twin
big = math.factorial(30)  # ?rc big
ways = math.comb(52, 5)  # ?rc ways
order = math.perm(6, 2)  # ?rc order
root = math.isqrt(10**30 + 7)  # ?rc root
common = math.lcm(4, 6, 10)  # ?rc common
small = math.gcd(12, 18)  # ?rc small
nothing = math.gcd()  # ?rc nothing
sizes = [math.comb(n, 2) for n in range(300, 304)]  # ?rc sizes
first = sizes[0]  # ?rc first
try:
    math.factorial(-3)
except ValueError as exc:
    err = exc  # ?rc err
print(len(seen), label, big % 1000, ways, order, root, common, small, nothing, first)
