# Theme: globals and exceptions. A function that appends caught exceptions
# to a global list keeps every traceback, and so every finished frame with
# its locals, alive; clearing the list lets the cycles be collected.
import gc

errors = []
count = 0


class Request:
    pass


def handle(req, fail):
    global count
    count += 1
    local_ref = req  # ?rc req local_ref
    try:
        if fail:
            raise RuntimeError(req)
        return 1
    except RuntimeError as e:
        errors.append(e)  # ?rc e req
        return 0


gc.collect()
req = Request()  # ?rc req
handle(req, False)  # ?rc req
handle(req, True)  # ?rc req
handle(req, True)  # ?rc req
first = errors[0]  # ?rc first req
del first  # ?rc req
errors.clear()  # ?rc req
print(gc.collect())  # two exceptions with their tracebacks and frames
after = req  # ?rc req
handle(req, True)  # ?rc req
saved = errors.pop()  # ?rc saved req
saved.__traceback__ = None  # ?rc req
del saved  # ?rc req
print(gc.collect())
