# throw() on a generator delegating with yield from reaches the inner generator, whose handler
# catches it and yields; the value of yield from is what the inner one returns.
def inner(store):
    try:
        while True:
            rec = yield len(store)
            store.append(rec)
    except KeyError as e:
        store.append(e)   # ?rc e store
        yield "k"
    return "done!"

def outer(store):
    res = yield from inner(store)
    store.append(res)   # ?rc res
    yield "end"

store = []
g = outer(store)
a = next(g)
b = g.send([1.5])   # ?rc store
err = KeyError("boom")
c = g.throw(err)   # ?rc err c
d = next(g)   # ?rc d store
e = store[-1]  # ?rc e
del err
import gc
gc.collect()
x = store[1]  # ?rc x
