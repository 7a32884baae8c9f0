# Theme: sys.getrefcount printed in loops, and if/elif/else chains and
# ternaries choosing between objects.
import sys


class Thing:
    pass


a = Thing()
b = Thing()
keep = []
for i in range(3):
    keep.append(a)
    print(sys.getrefcount(a))
for i in range(4):
    pick = a if i % 2 == 0 else b  # ?rc pick
print(sys.getrefcount(b))
choice = None
for n in range(3):
    if n == 0:
        choice = a
    elif n == 1:
        choice = b
    else:
        choice = keep
    print(sys.getrefcount(choice))
x = a if len(keep) > 5 else b  # ?rc x a b
y = keep if keep else None  # ?rc y
z = (a, b)[len(keep) % 2]  # ?rc z
while keep:
    keep.pop()
    print(sys.getrefcount(a))
