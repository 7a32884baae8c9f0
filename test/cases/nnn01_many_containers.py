# A learner puts one object into a list, a tuple, a dict (as value), a set
# and another object's attribute, then takes it out again one container at
# a time, watching the count fall step by step.
import sys


class Marble:
    pass


class Jar:
    pass


m = Marble()  # ?rc m
bag = [m, m]  # ?rc m
frozen = (m, bag)  # ?rc m
shelf = {"first slot": m, "second slot": m}  # ?rc m
pile = {m}  # ?rc m
jar = Jar()
jar.content = m  # ?rc m
print(sys.getrefcount(m))


def remove_from_bag(b, item):
    b.remove(item)  # ?rc item b
    b.remove(item)  # ?rc item
    return len(b)


remove_from_bag(bag, m)  # ?rc m bag
del shelf["first slot"]  # ?rc m
shelf.pop("second slot")  # ?rc m
pile.discard(m)  # ?rc m
del jar.content  # ?rc m
print(sys.getrefcount(m))
ident = id(m)
print(sys.getrefcount(ident))
del frozen  # ?rc m bag
steps = []
for box in (Jar(), Jar(), Jar()):
    box.content = m
    steps.append(box)  # ?rc m
while steps:
    steps.pop()  # ?rc m
print(sys.getrefcount(m))
