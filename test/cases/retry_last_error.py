# Theme: retry logic that remembers the last exception. The exception's
# traceback refers to the frame that holds it in a local: a cycle that
# lives until the collector runs, unless the local is cleared.
import gc


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError("attempt %d failed" % self.calls)
        return {"status": "ok"}


def call_with_retry(service, attempts):
    last_error = None
    payload = [1.5, 2.5]
    for _ in range(attempts):
        try:
            return service.fetch()
        except ConnectionError as exc:
            last_error = exc  # ?rc last_error
    return None


def call_and_forget(service, attempts):
    for _ in range(attempts):
        try:
            return service.fetch()
        except ConnectionError as exc:
            err = exc
            del err
    return None


gc.collect()
svc = FlakyService(failures=10)  # ?rc svc
print(call_with_retry(svc, 3))  # ?rc svc
print("frame/traceback cycle:", gc.collect())
print(call_and_forget(svc, 2))
print("nothing left:", gc.collect())
try:
    svc.fetch()
except ConnectionError as e:
    saved = e  # ?rc saved svc
tb = saved.__traceback__  # ?rc tb saved
del tb
del saved  # module frame is not collected, so no cycle here
print(gc.collect())
