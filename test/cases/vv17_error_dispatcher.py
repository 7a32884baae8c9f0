# Theme: an error dispatcher that finds a handler through the exception
# type's MRO, keeps a count and the most recent exception per type, and
# releases older exceptions (and the orders they carry) as newer ones
# replace them.


class Order:
    def __init__(self, oid):
        self.oid = oid


class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    pass


class PaymentDeclined(ShopError):
    pass


last_seen = {}
counts = {}


def on_shop_error(exc):
    counts[type(exc)] = counts.get(type(exc), 0) + 1
    last_seen[type(exc)] = exc


def on_lookup(exc):
    last_seen[LookupError] = exc


HANDLERS = {ShopError: on_shop_error, LookupError: on_lookup}


def dispatch(exc):
    for klass in type(exc).__mro__:
        handler = HANDLERS.get(klass)
        if handler is not None:
            handler(exc)
            return klass
    raise exc


orders = [Order(n) for n in range(4)]  # ?rc orders
o0, o1, o2, o3 = orders  # ?rc o0 o1
kinds = (OutOfStock, PaymentDeclined, OutOfStock, KeyError)
for order, kind in zip(orders, kinds):
    try:
        raise kind(order)
    except Exception as exc:
        dispatch(exc)  # ?rc order
del order  # ?rc o0 o1 o2 o3
recent = last_seen[OutOfStock]  # ?rc recent o2
missing = last_seen[LookupError]  # ?rc missing o3
last_seen.clear()  # ?rc recent o0 o1 o3
del recent, missing  # ?rc o2 o3
