# Theme: *args/**kwargs forwarding through functools.wraps decorators. The
# wrapper's closure holds the wrapped function; each call packs a fresh
# args tuple and kwargs dict that hold the caller's objects until it returns.
import functools
import gc

calls = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, len(args), sorted(kwargs)))
        result = fn(*args, **kwargs)  # ?rc args kwargs
        return result
    return wrapper


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for _ in range(times):
                out = fn(*args, **kwargs)
                if out:
                    return out
            return None
        return wrapper
    return deco


@traced
@retry(2)
def merge(base, extra, /, *, into=None):
    target = into if into is not None else []
    target.extend(base)  # ?rc base extra
    target.extend(extra)
    return target


base = [1.5, 2.5]  # ?rc base
extra = [3.5]  # ?rc extra
got = merge(base, extra)  # ?rc got base extra
sink = []
got2 = merge(base, extra, into=sink)  # ?rc got2 sink base
inner = merge.__wrapped__  # ?rc inner
core = inner.__wrapped__  # ?rc core
del got, got2  # ?rc sink
del merge, inner  # ?rc core
print(gc.collect())
