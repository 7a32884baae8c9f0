# Theme: a retry helper that calls a flaky operation, keeps every failure,
# and finally raises its own error `from` the last one; the failures'
# tracebacks keep the helper's frame alive in a cycle.
import gc
import sys


class TransientError(Exception):
    pass


class RetryError(Exception):
    def __init__(self, attempts, failures):
        super().__init__(f"gave up after {attempts} attempts")
        self.failures = failures


class FlakyService:
    def __init__(self, fail_times):
        self.fail_times = fail_times
        self.calls = 0

    def fetch(self, key):
        self.calls += 1
        if self.calls <= self.fail_times:
            raise TransientError(f"attempt {self.calls} failed for {key}")
        return {"key": key, "value": len(key) * 1.25}


def retry(operation, *args, attempts=3):
    failures = []
    for n in range(1, attempts + 1):
        try:
            return operation(*args)
        except TransientError as exc:
            failures.append(exc)
    raise RetryError(attempts, failures) from failures[-1]


gc.collect()
svc = FlakyService(2)  # ?rc svc
result = retry(svc.fetch, "user:42")  # ?rc result svc
value = result["value"]  # ?rc value
print(sys.getrefcount(svc))
print(gc.collect())  # the two kept failures and the retry frame
bad = FlakyService(5)  # ?rc bad
try:
    retry(bad.fetch, "user:7")
except RetryError as err:
    caught = err  # ?rc caught
failures = caught.failures  # ?rc failures
last = caught.__cause__  # ?rc last
print(sys.getrefcount(bad))
print(len(failures), last is failures[-1])
del caught  # ?rc failures last
del failures, last
print(gc.collect())  # three failures, their tracebacks and frames
print(sys.getrefcount(bad))
