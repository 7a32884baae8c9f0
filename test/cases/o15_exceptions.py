# Order validation with a custom exception hierarchy, raise from, and stored errors (traceback cycles).
import gc


class OrderError(Exception):
    pass


class MissingField(OrderError):
    def __init__(self, field, order):
        super().__init__(f"missing {field}")
        self.field = field
        self.order = order  # ?rc order


class BadQuantity(OrderError):
    pass


def validate(order):
    if "sku" not in order:
        raise MissingField("sku", order)
    try:
        qty = int(order["qty"])
    except ValueError as exc:
        raise BadQuantity(order["qty"]) from exc
    return qty


orders = [{"sku": "x-1", "qty": "3"}, {"qty": "2"}, {"sku": "y-2", "qty": "lots"}]  # ?rc orders
errors = []
good = 0
for o in orders:
    try:
        validate(o)
        good += 1
    except OrderError as err:
        errors.append(err)  # ?rc err o
    finally:
        done = o  # ?rc o
e0 = errors[0]  # ?rc e0
bad = orders[1]  # ?rc bad
e1 = errors[1]  # ?rc e1
cause = e1.__cause__  # ?rc cause
tb = e1.__traceback__  # ?rc tb
del o, done  # ?rc bad


def safe(order):
    try:
        return validate(order)
    except OrderError as e:
        last = e  # ?rc last
    return -1


r = safe({"qty": "5"})
n1 = gc.collect()
del tb, cause, e1  # ?rc e0
errors.clear()  # ?rc e0 bad
n2 = gc.collect()
del e0
n3 = gc.collect()
print(good, r, n1, n2, n3)
