# Theme: a job runner with retries: nested try/except/finally, bare
# `raise` re-raising, `raise ... from ...` chaining, errors collected in a
# list (their tracebacks keep frames alive) and a final gc sweep.
import gc
import sys


class TransientError(Exception):
    pass


class JobFailed(Exception):
    pass


class Job:
    def __init__(self, name, fail_times):
        self.name = name
        self.fail_times = fail_times
        self.attempts = []

    def run(self, payload):
        self.attempts.append(payload)  # ?rc payload
        if len(self.attempts) <= self.fail_times:
            raise TransientError(f"{self.name} attempt {len(self.attempts)}")
        return [x * 1.5 for x in payload]


def run_with_retry(job, payload, limit=3):
    errors = []
    attempt = 0
    while attempt < limit:
        attempt += 1
        try:
            try:
                result = job.run(payload)  # ?rc result payload
            finally:
                cleanup = len(job.attempts)
        except TransientError as exc:
            errors.append(exc)  # ?rc errors
            if attempt == limit:
                raise JobFailed(job.name) from errors[-1]
            continue
        else:
            return result
    raise RuntimeError("unreachable")


gc.collect()
data = [2.0, 4.0, 8.5]  # ?rc data
ok_job = Job("resize images", 2)  # ?rc ok_job
out = run_with_retry(ok_job, data)  # ?rc out data
print(gc.collect())  # two caught errors -> tracebacks -> frames with `errors`
bad_job = Job("sync remote", 5)
failures = []
try:
    try:
        run_with_retry(bad_job, data)
    except JobFailed as jf:
        failures.append(jf)  # ?rc failures
        raise
except JobFailed as outer:
    root = outer.__cause__  # ?rc root data
ctx = root.__context__
msg = "; ".join(str(e) for e in (failures[0], root))  # ?rc msg
print(msg, sys.getrefcount(data))
del failures, root, ctx  # ?rc data
print(gc.collect())
after = data  # ?rc data
