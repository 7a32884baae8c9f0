# Theme: a retry helper that stores every failure it sees; each stored
# exception keeps its traceback and the frames of the failing calls, and
# clearing __traceback__ breaks the cycle with the frame that caught it.
import gc
import sys


class Payload:
    pass


class FlakyError(Exception):
    pass


def flaky(payload, attempt):
    if attempt < 3:
        raise FlakyError(payload, attempt)
    return attempt


def retry(payload, keep_traceback):
    failures = []
    for attempt in range(5):
        try:
            return flaky(payload, attempt), failures
        except FlakyError as err:
            if not keep_traceback:
                err.__traceback__ = None
            failures.append(err)  # ?rc payload


gc.collect()
data = Payload()  # ?rc data
result, errs = retry(data, False)  # ?rc data errs
print(result, len(errs))
del errs  # ?rc data
print(gc.collect())
result, errs = retry(data, True)  # ?rc data errs
print(sys.getrefcount(data))
first = errs[0]  # ?rc first
tb = first.__traceback__  # ?rc tb
del first, tb
del errs
print(sys.getrefcount(data))
print(gc.collect())  # the failures list, 3 exceptions, tracebacks, frames
after = data  # ?rc data
