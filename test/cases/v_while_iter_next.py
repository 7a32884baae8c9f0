# Theme: iteration by hand: a while loop driving iter()/next() with a
# StopIteration handler, a default sentinel, and an iterator abandoned early.


class Unit:
    pass


u1, u2, u3 = Unit(), Unit(), Unit()  # ?rc u1
units = [u1, u2, u3]  # ?rc units
it = iter(units)  # ?rc units it
cur = None
while True:
    try:
        cur = next(it)  # ?rc units cur
    except StopIteration:
        break
done = cur  # ?rc u3 units
del it  # ?rc units
END = object()  # ?rc END
it2 = iter((u1, u2))
x = next(it2, END)  # ?rc u1 x
x = next(it2, END)  # ?rc u2 x
x = next(it2, END)  # ?rc END x
del it2  # ?rc u1 u2
pos = 0
while pos < len(units):
    held = units[pos]  # ?rc held
    pos += 1
first = next(iter(units))  # ?rc first u1
rev = reversed(units)  # ?rc units rev
one = next(rev)  # ?rc u3 one
del rev, one  # ?rc units u3
