# An OrderedDict keeps each key twice: in its dict and in the node of its
# linked list (what move_to_end and popitem(last=False) walk).
from collections import OrderedDict
import itertools

key = ("not", "an identifier!", 1.5 * 2)  # ?rc key
od = OrderedDict()
od[key] = 0.5 * 3  # ?rc key od
d = {}
d[key] = 1  # ?rc key
od.move_to_end(key)  # ?rc key
other = ("another", "key!", 2.5 * 2)  # ?rc other
od[other] = [1]  # ?rc other key
first = od.popitem(last=False)  # ?rc first key other
copy = od.copy()  # ?rc copy other
del od[other]  # ?rc other
copy.clear()  # ?rc other
ticket = itertools.count(1000, 7)  # ?rc ticket
t1 = next(ticket)  # ?rc t1 ticket
t2 = next(ticket)  # ?rc t2
del ticket  # ?rc t1 t2
print(first[1], len(d), t1, t2)
