# Theme: a pricing module using functools: lru_cache memoisation,
# a wraps-based timing decorator, reduce over line items and partial-free
# closures kept in a dict of handlers.
import functools
import gc
import sys


def counted(fn):
    calls = []

    @functools.wraps(fn)
    def wrapper(*args):
        calls.append(args)
        return fn(*args)

    wrapper.calls = calls
    return wrapper


@functools.lru_cache(maxsize=8)
def tax_rate(region):
    return [region, 0.2 if region == "EU" else 0.1]


@counted
def line_total(qty, price):
    return qty * price * 1.0


r1 = tax_rate("EU")  # ?rc r1
r2 = tax_rate("EU")  # ?rc r1 r2
info = tax_rate.cache_info()
calls = line_total.calls  # ?rc calls
t = line_total(3, 2.5)  # ?rc t calls
items = [(2, 1.25), (1, 9.5), (4, 0.75)]
total = functools.reduce(lambda acc, it: acc + line_total(*it), items, 0.0)  # ?rc total
name = line_total.__name__  # ?rc name
wrapped = line_total.__wrapped__  # ?rc wrapped


def make_handler(kind, factor):
    seen = []

    def handle(amount):
        seen.append(amount)
        return amount * factor

    handle.seen = seen
    return handle


handlers = {k: make_handler(k, f) for k, f in (("eu", 1.2), ("us", 1.1))}  # ?rc handlers
eu = handlers["eu"]  # ?rc eu
v = eu(100.0)  # ?rc v
tax_rate.cache_clear()  # ?rc r1
del r2  # ?rc r1
eu.me = eu
del handlers, eu
gc.collect()
print(sys.getrefcount(wrapped))
