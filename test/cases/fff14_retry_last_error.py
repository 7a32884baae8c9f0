# Theme: a retry helper that remembers the last failure; the stored
# exception's traceback keeps the frame of the failed attempt (and its
# locals) alive until the helper drops it.
import gc


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self, request):
        self.calls += 1
        if self.calls <= self.failures:
            raise TimeoutError(request)
        return [request]


class Request:
    pass


def retry(fn, request, attempts):
    last = None
    for attempt in range(attempts):
        try:
            answer = fn(request)  # ?rc answer
        except TimeoutError as exc:
            last = exc  # ?rc last request
            continue
        else:
            return answer
    raise RuntimeError("gave up retrying") from last


req = Request()  # ?rc req
fn = Flaky(2)  # ?rc fn
ans = retry(fn, req, 5)  # ?rc ans req
print(gc.collect())
fn2 = Flaky(9)
try:
    retry(fn2, req, 3)
except RuntimeError as final:
    root = final.__cause__  # ?rc root req
    keep = final  # ?rc keep
print(gc.collect())
del keep
print(gc.collect())
del root  # ?rc req
print(gc.collect())
after = req  # ?rc after
