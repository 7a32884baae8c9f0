# Application: decorators: a call counter, a decorator with arguments that
# retries, nonlocal state, and handlers stored in a dict of lambdas.
import functools
import gc
import sys


def counted(fn):
    calls = 0

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        result = fn(*args, **kwargs)  # ?rc result
        return result

    wrapper.get_calls = lambda: calls
    return wrapper


def retry(times, on=ValueError):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args)
                except on as exc:
                    last = exc  # ?rc last
            raise RuntimeError("gave up") from last
        return wrapper
    return deco


attempts = []


@retry(3)
def flaky(payload):
    attempts.append(payload)  # ?rc payload
    if len(attempts) < 3:
        raise ValueError("not yet")
    return payload


@counted
def scale(values, factor=2.5):
    out = [v * factor for v in values]  # ?rc out
    return out


ops = {
    "add": lambda a, b: a + b,
    "mul": lambda a, b: a * b,
    "neg": lambda a: -a,
}  # ?rc ops
data = [1.5, 2.5]  # ?rc data
r1 = scale(data)  # ?rc r1 data
r2 = scale(data, factor=0.5)  # ?rc r2
n = scale.get_calls()  # ?rc n
got = flaky(data)  # ?rc got data
add = ops["add"]  # ?rc add
s = add(r1[0], r2[1])  # ?rc s
m = ops["mul"](s, 4)  # ?rc m
wrapped = scale.__wrapped__  # ?rc wrapped
del ops  # ?rc add
attempts.clear()  # ?rc data
print(sys.getrefcount(scale), n)
del scale  # ?rc wrapped
print(gc.collect())
