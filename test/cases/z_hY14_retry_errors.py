# Theme: a job runner with retries: a decorator built with functools.wraps
# counts attempts in a closure, failures raise custom exceptions chained with
# `raise ... from`, the last error is kept on the job (its traceback holds
# the failing frames), and a context manager class suppresses one error type.
import functools
import gc


class JobError(Exception):
    pass


class TransientError(JobError):
    pass


def retry(times):
    def decorate(func):
        attempts = []

        @functools.wraps(func)
        def wrapper(*args):
            for n in range(times):
                attempts.append(n)
                try:
                    return func(*args)
                except TransientError as exc:
                    last = exc
            raise JobError("gave up after %d tries" % times) from last

        wrapper.attempts = attempts
        return wrapper
    return decorate


class Suppress:
    def __init__(self, kind):
        self.kind = kind
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb):
        if etype is not None and issubclass(etype, self.kind):
            self.caught.append(exc)
            return True
        return False


payload = ["job payload text"]  # ?rc payload


@retry(3)
def flaky(data):
    raise TransientError("network down for " + data[0])


tries = flaky.attempts  # ?rc tries
guard = Suppress(JobError)  # ?rc guard
with guard:
    flaky(payload)
err = guard.caught[0]  # ?rc err
cause = err.__cause__  # ?rc cause
print(len(tries), type(cause).__name__)
wrapped = flaky.__wrapped__  # ?rc wrapped
del err, cause  # ?rc payload
guard.caught.clear()  # ?rc payload
print(gc.collect())  # the errors' tracebacks and frames: a cycle through the frames' locals
kept = Suppress(KeyError)  # ?rc kept
with kept:
    {}["missing key"]
got = kept.caught[0]  # ?rc got
del got
kept.caught.clear()
print(gc.collect())
