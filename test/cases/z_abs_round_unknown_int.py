# abs() and round() of an int give it back when it is non-negative (abs) or
# always (round without digits): also for an int whose value is not known.
class Item:
    pass


n = id(Item())  # ?rc n
x = abs(n)  # ?rc n x
y = round(n)  # ?rc n y
z = round(n, 2)  # ?rc n z
del x, y, z  # ?rc n
neg = -n  # ?rc neg
back = abs(neg)  # ?rc neg back
