# Theme: an exception out of a dataclass's __post_init__ (or a default factory):
# the generated __init__ (exec'd, '<string>') has its frame on the traceback,
# keeping self and every parameter (defaults too) until the exception is dropped.
import gc
from dataclasses import dataclass, field, InitVar


class Marker:
    pass


DEFAULT = Marker()


@dataclass
class Order:
    items: list
    tag: object = DEFAULT
    extra: list = field(default_factory=list)
    check: InitVar[object] = None

    def __post_init__(self, check):
        if check is not None:
            raise ValueError("rejected order!")


def failing_factory():
    raise KeyError("no default!")


@dataclass
class Line:
    sku: object
    qty: list = field(default_factory=failing_factory)


basket = [1.5, 2.5]  # ?rc basket
init_fn = Order.__init__  # ?rc init_fn
guard = Marker()  # ?rc guard
ok = Order(basket)  # ?rc basket ok
errors = []
try:
    Order(basket, check=guard)
except ValueError as e:
    errors.append(e)
print(errors)  # ?rc basket guard init_fn
errors.clear()  # ?rc basket guard init_fn
n = gc.collect()

sku = Marker()  # ?rc sku
try:
    Line(sku)
except KeyError as e:
    kept = e
print(kept)  # ?rc sku
del kept  # ?rc sku
total = gc.collect()


def build(items):
    problems = []
    try:
        Order(items, DEFAULT, [], items)
    except ValueError as e:
        problems.append(e)
    return len(problems)


count = build(basket)  # ?rc basket
swept = gc.collect()  # ?rc basket
