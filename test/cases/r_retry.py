# A retry decorator built from closures: the wrapper keeps the wrapped
# function and the policy in cells; failures are kept as exceptions.
import functools
import gc


class TransientError(Exception):
    pass


class Policy:
    def __init__(self, attempts, delay):
        self.attempts = attempts
        self.delay = delay


def retry(policy):
    errors = []  # ?rc policy errors

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(policy.attempts):
                try:
                    return func(*args)
                except TransientError as exc:
                    errors.append(exc)  # ?rc exc
            raise RuntimeError("gave up after retries")

        wrapper.errors = errors  # ?rc errors
        return wrapper

    return decorate


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def __call__(self, payload):
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(payload)
        return payload


policy = Policy(4, 0.25)  # ?rc policy
decorator = retry(policy)  # ?rc policy decorator
flaky = Flaky(2)  # ?rc flaky
fetch = decorator(flaky)  # ?rc flaky fetch policy
body = [1.5, 2.5]  # ?rc body
got = fetch(body)  # ?rc body got
errs = fetch.errors  # ?rc errs
first = errs[0]  # ?rc first body
del first  # ?rc body
errs.clear()  # ?rc body
print(gc.collect())
hopeless = decorator(Flaky(10))  # ?rc policy
try:
    hopeless(body)
except RuntimeError as final:
    cause = final  # ?rc body cause
del cause  # ?rc body
print(gc.collect())
