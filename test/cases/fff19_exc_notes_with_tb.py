# Theme: enriching exceptions on the way up: add_note() in an intermediate
# layer, with_traceback() when re-raising a stored error, and
# traceback.clear_frames() to drop the locals the traceback pins.
import gc
import traceback


class Order:
    def __init__(self, ident):
        self.ident = ident


def charge(order):
    amount = [order.ident * 1.5]  # ?rc amount
    raise ArithmeticError(order)


def checkout(order):
    try:
        charge(order)
    except ArithmeticError as exc:
        exc.add_note("during checkout step")
        notes = exc.__notes__  # ?rc notes
        raise


def replay(err):
    raise err.with_traceback(err.__traceback__)


order = Order(7)  # ?rc order
try:
    checkout(order)
except ArithmeticError as e:
    saved = e  # ?rc saved order
print(gc.collect())
try:
    replay(saved)
except ArithmeticError as e2:
    again = e2  # ?rc again saved
tb = saved.__traceback__  # ?rc tb
traceback.clear_frames(tb)
print(gc.collect())
lines = saved.__notes__  # ?rc lines
del tb, again
saved.__traceback__ = None  # ?rc order
print(gc.collect())
del saved  # ?rc order lines
print(gc.collect())
