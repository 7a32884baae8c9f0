# contextlib.contextmanager: an exception raised in the with-body is thrown
# into the generator at `yield`, caught there, and suppressed.
import contextlib


@contextlib.contextmanager
def guard(log):
    try:
        yield log
    except ValueError as err:
        log.append(err)  # ?rc err log


log = []  # ?rc log
payload = [2.5]  # ?rc payload
with guard(log) as same:
    raise ValueError(payload)
caught = log[-1]  # ?rc caught payload
