# Pricing helpers: lru_cache memoisation, functools.partial, wraps-based timing decorator with a log.
import functools
import gc

CALLS = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS.append((fn.__name__, args))  # ?rc args
        return fn(*args, **kwargs)
    return wrapper


@logged
def price(base, rate, qty):
    total = base * (1 + rate) * qty  # ?rc total
    return total


@functools.lru_cache(maxsize=4)
def discount(tier):
    table = {"gold tier": 0.2, "silver tier": 0.1}  # ?rc table
    return table.get(tier, 0.0)


base = 19.99 * 1  # ?rc base
p1 = price(base, 0.08, 3)  # ?rc p1 base
vat = functools.partial(price, rate=0.2)  # ?rc vat
p2 = vat(base, qty=2)  # ?rc p2 base
entry = CALLS[-1]  # ?rc entry
args = entry[1]  # ?rc args base
d1 = discount("gold tier")  # ?rc d1
d2 = discount("gold tier")  # ?rc d1 d2
info = discount.cache_info()  # ?rc info
orig = price.__wrapped__  # ?rc orig
kw = vat.keywords  # ?rc kw
bound_args = vat.args  # ?rc bound_args
CALLS.clear()  # ?rc args base entry
del entry, args  # ?rc base
discount.cache_clear()  # ?rc d1
del vat  # ?rc kw
n = gc.collect()
print(p1, p2, d1, info.hits, n)
