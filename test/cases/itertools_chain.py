# itertools.chain: what the chain holds while a loop reads it.
import gc
import itertools

item = [1000 + int("1")]
a = [item, [1]]  # ?rc a item
b = [[2], [3]]  # ?rc b
c = itertools.chain(a, b)  # ?rc a b c
first = next(c)  # ?rc a b first item
for x in c:
    y = x  # ?rc a b x
both = list(itertools.chain(a, b))  # ?rc a b both item
flat = list(itertools.chain.from_iterable([a, b]))  # ?rc a b flat item
rows = [a, b]
it2 = itertools.chain.from_iterable(rows)  # ?rc rows it2
head = next(it2)  # ?rc rows a head
del it2  # ?rc rows a
chain_gen = itertools.chain(v for v in a)
got = list(chain_gen)  # ?rc got item
del chain_gen  # ?rc item
loop = [1]
loop.append(itertools.chain(loop))  # ?rc loop
del loop
print(gc.collect())  # the list, the chain, its argument tuple's iterator and tuple
