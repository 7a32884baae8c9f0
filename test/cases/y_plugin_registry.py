# Theme: a plugin registry filled by a decorator factory, plugins wrapped
# with functools.wraps, looked up by name and run in priority order.
import gc
import sys
import functools

REGISTRY = {}


def plugin(name, priority=0):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            return result
        REGISTRY[name] = (priority, wrapper)
        return wrapper
    return decorate


@plugin("upper", priority=2)
def to_upper(text):
    return text.upper()


@plugin("reverse", priority=1)
def reverse(text):
    return text[::-1]


@plugin("strip")
def strip(text):
    return text.strip()


entry = REGISTRY["upper"]  # ?rc entry
func = entry[1]  # ?rc func
inner = func.__wrapped__  # ?rc inner
print(sys.getrefcount(to_upper), func is to_upper)
order = sorted(REGISTRY.items(), key=lambda kv: kv[1][0], reverse=True)  # ?rc order
text = "  hello plugins  "
for name, (prio, fn) in order:
    text = fn(text)
print(text)
chain = [fn for _, (_, fn) in order]  # ?rc chain
del order  # ?rc entry
del REGISTRY["upper"]  # ?rc entry func
del entry  # ?rc func
del to_upper  # ?rc func
del chain  # ?rc func inner
print(gc.collect())
del func, fn  # ?rc inner
print(gc.collect())
