# Theme: an iterator consumed partly by unpacking with a starred target and
# next(); the iterator keeps its list, the star makes a new list.
import sys


class E:
    pass


e1, e2, e3 = E(), E(), E()  # ?rc e1
items = [e1, e2, e3, e1]  # ?rc items e1
it = iter(items)  # ?rc items it
head = next(it)  # ?rc head e1
mid, *tail = it  # ?rc mid tail e1
print(sys.getrefcount(items))
first, *_, final = items  # ?rc first final e1
del _  # ?rc e2
x, (y, z) = e1, [e2, e3]  # ?rc x y z
del it  # ?rc items
del items  # ?rc e1 e2 e3
