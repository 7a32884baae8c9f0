# Theme: a Fraction class in lowest terms with __eq__, __hash__, __str__,
# __add__ and __lt__; equal fractions collapse in a set and as dict keys.
import math


class Frac:
    def __init__(self, num, den):
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __add__(self, other):
        return Frac(self.num * other.den + other.num * self.den,
                    self.den * other.den)

    def __eq__(self, other):
        return isinstance(other, Frac) and (self.num, self.den) == (other.num, other.den)

    def __hash__(self):
        return hash((self.num, self.den))

    def __lt__(self, other):
        return self.num * other.den < other.num * self.den

    def __str__(self):
        return f"{self.num}/{self.den}"


half = Frac(1, 2)  # ?rc half
also_half = Frac(2, 4)  # ?rc also_half
same = half == also_half
seen = {half}  # ?rc seen half
seen.add(also_half)  # ?rc half also_half
third = Frac(1, 3)
total = half + third  # ?rc total half third
names = {half: "one half!", third: "one third!"}  # ?rc names half
names[also_half] = "a half again!"  # ?rc half also_half
label = names[Frac(3, 6)]  # ?rc label
ordered = sorted([total, third, half])  # ?rc ordered third
smallest = min(ordered)  # ?rc smallest third
text = ", ".join(str(f) for f in ordered)  # ?rc text
del seen, names  # ?rc half also_half third
