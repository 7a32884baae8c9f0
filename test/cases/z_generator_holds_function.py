# A generator's frame holds its function until the frame is cleared (f_func / f_funcobj); a generator expression's function lives only there
import gc
def gen():
    yield 1
    yield 2
it = gen()  # ?rc gen
next(it)  # ?rc gen
list(it)  # ?rc gen
it2 = gen()  # ?rc gen
it2.close()  # ?rc gen
del it, it2  # ?rc gen



gc.collect()
loop = [None]
g = (x for x in loop)  # ?rc loop g
loop[0] = g  # ?rc g
del g, loop
print(gc.collect())  # 3.12+: list, generator, list_iterator, <genexpr> function
