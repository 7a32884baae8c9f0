# next() on wrappers of an iteration of unknown length (enumerate, a generator expression, islice, tee) may still give an item
import heapq
import html
import itertools
words = html.unescape("a-1 b-2 c-3").split()
rows = enumerate(words)
r1 = next(rows)
r2 = next(rows)                               # ?rc r2
gen = ([w] for w in words)
g1 = next(gen)
g2 = next(gen)                                # ?rc g2
second = next(itertools.islice(words, 1, None))  # ?rc second
a, b = itertools.tee(iter(words))
x1 = next(a)
x2 = next(a)                                  # ?rc x2
m, n = itertools.tee(heapq.merge([1.5, 3.5], [2.5, 4.5]))
y1 = next(m)
y2 = next(m)                                  # ?rc y2
done = next(gen, None)
