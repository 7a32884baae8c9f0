# An iterator keeps its container alive: iter(lst), next(), exhaustion
# (a list iterator drops the list once it is exhausted), dict views and
# reversed(), enumerate and zip.
import sys


class Pebble:
    pass


a, b = Pebble(), Pebble()
lst = [a, b]
it = iter(lst)  # ?rc lst it
first = next(it)  # ?rc lst a
second = next(it)
rest = list(it)  # ?rc lst -- exhausted now
print(sys.getrefcount(lst))
rv = reversed(lst)  # ?rc lst
x = next(rv)  # ?rc b
del rv
d = {"key one": a, "key two": b}
vals = iter(d.values())  # ?rc a d
v1 = next(vals)  # ?rc a
del vals, v1
en = enumerate(lst)  # ?rc lst
pair = next(en)  # ?rc pair
del en


def walk(seq):
    total = 0
    for item in seq:
        total += 1  # ?rc seq
    it2 = iter(seq)  # ?rc seq
    for item in it2:
        pass
    count = total + 0  # ?rc seq -- it2 is exhausted
    return count


walk(lst)  # ?rc lst
z = zip(lst, lst)  # ?rc lst
got = list(z)  # ?rc lst -- zip keeps its iterators, which let go of lst
en2 = enumerate(lst)
done = list(en2)  # ?rc lst
gen = (p for p in lst)  # ?rc lst
one = next(gen)  # ?rc lst a
dit = iter(d)
keys = list(dit)  # ?rc d -- an exhausted dict iterator drops the dict
del z, got, pair, en2, done, gen, one, first, second, x, rest, it  # ?rc lst
