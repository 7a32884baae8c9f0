# Course exercise: order validation with a custom exception hierarchy,
# `raise ... from ...`, finally blocks and ExceptionGroup/except*.
import gc


class OrderError(Exception):
    def __init__(self, order, msg):
        super().__init__(msg)
        self.order = order


class OutOfStock(OrderError):
    pass


class BadQuantity(OrderError):
    pass


STOCK = {"widget": 3, "gadget": 0}


def check(order):
    item, qty = order["item"], order["qty"]
    if qty <= 0:
        raise BadQuantity(order, f"bad quantity {qty}")
    try:
        available = STOCK[item]
    except KeyError as exc:
        raise OutOfStock(order, "unknown item " + item) from exc
    if available < qty:
        raise OutOfStock(order, "not enough " + item)


orders = [{"item": "widget", "qty": 2}, {"item": "gizmo", "qty": 1}, {"item": "gadget", "qty": -1}]  # ?rc orders
bad = orders[1]  # ?rc bad
errors = []  # ?rc errors
for order in orders:
    try:
        check(order)
    except OutOfStock as e:
        errors.append(e)  # ?rc order e
    except OrderError as e:
        errors.append(e)
    finally:
        done = order  # ?rc done
first_err = errors[0]  # ?rc first_err bad
cause = first_err.__cause__  # ?rc cause
tb = first_err.__traceback__  # ?rc tb
msg = str(first_err)  # ?rc msg
del tb, cause
problems = []


def validate_all(batch):
    found = [OrderError(o, "checked") for o in batch]  # ?rc found batch
    raise ExceptionGroup("batch failed", found)


try:
    validate_all(orders)
except* OrderError as group:
    problems.extend(group.exceptions)  # ?rc problems
count = len(problems)
one = problems[0]  # ?rc one
del problems  # ?rc one
try:
    check(bad)
except OutOfStock as err:
    kept = err  # ?rc kept bad
frame_holder = kept.__traceback__.tb_frame  # ?rc kept
del kept, frame_holder, errors, first_err, one
print(gc.collect())
print(msg, count)  # ?rc bad orders
