# Theme: decorators with arguments. A factory captures its options (a list of
# tags, a default result) in cells; every decorated function gets its own
# wrapper closure, but all wrappers made by one factory call share the options.
import functools

DEFAULT_RESULT = {"status": "unavailable"}  # ?rc DEFAULT_RESULT


def guarded(tags, fallback=DEFAULT_RESULT):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                return func(*args, **kwargs)
            except ZeroDivisionError:
                out = fallback  # ?rc out
                return out

        wrapper.tags = tags
        return wrapper

    return decorate


labels = ["math", "safe"]  # ?rc labels
safe = guarded(labels)  # ?rc labels safe


@safe
def ratio(a, b):
    return [a / b]


@safe
def inverse(x):
    return [1.0 / x]


del safe  # ?rc labels
ok = ratio(3, 2)  # ?rc ok
bad = ratio(1, 0)  # ?rc bad DEFAULT_RESULT
inv = inverse(0)  # ?rc inv DEFAULT_RESULT
same_tags = inverse.tags  # ?rc same_tags
del same_tags
marker = {"status": "custom fallback"}


@guarded(["io"], fallback=marker)
def parse(text):
    return [int(text) // 0]


p = parse("42")  # ?rc p marker
for word in ("7", "8", "9"):
    item = parse(word)  # ?rc item
del item, p  # ?rc marker
del ratio  # ?rc labels
del inverse  # ?rc labels DEFAULT_RESULT
del parse  # ?rc marker
