# @dataclass equality: the generated __eq__ compares the fields (of the same
# class only), in if statements and match guards.
from dataclasses import dataclass


@dataclass
class P:
    x: int
    y: int


class T:
    pass


t = T()
a = P(1, 2)
b = P(1, 2)
if a == b:
    kept = [t]  # ?rc t
match a:
    case P(1, 2) if a == b:
        kept2 = [t, t]  # ?rc t
c = P(1, 3)
if a != c:
    kept3 = [t, t, t]  # ?rc t
