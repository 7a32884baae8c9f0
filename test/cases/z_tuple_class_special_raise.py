# Theme: a slotted tuple subclass whose own special methods raise: ordering, truth, iteration,
# `in` and abs() run them (their except clauses run), the instance held meanwhile.
class Span(tuple):
    __slots__ = ()

    def __lt__(self, other):
        raise TypeError("unordered")

    def __bool__(self):
        raise ValueError("no truth")

    def __iter__(self):
        raise RuntimeError("no iteration")

    def __contains__(self, item):
        raise LookupError("no search")

    def __abs__(self):
        raise ArithmeticError("no size")


s1 = Span((1, 2))  # ?rc s1
s2 = Span((3, 4))  # ?rc s2
try:
    order = s1 < s2
except TypeError:
    order = None  # ?rc s1 s2
try:
    flag = not s1
except ValueError:
    flag = None  # ?rc s1
try:
    a, b = s1
except RuntimeError:
    a = b = None  # ?rc s1
try:
    hit = 1 in s2
except LookupError:
    hit = None  # ?rc s2
try:
    size = abs(s2)
except ArithmeticError:
    size = None  # ?rc s2
pair = [s1, s2]  # ?rc s1 s2 pair
