# Pretty-printer using functools.singledispatch, with reduce to combine sizes.
import functools
import gc


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: list):
    inner = [describe(x) for x in obj]  # ?rc inner obj
    return "[" + ", ".join(inner) + "]"


@describe.register
def _(obj: dict):
    pairs = [f"{k}={describe(v)}" for k, v in obj.items()]  # ?rc obj
    return "{" + "; ".join(pairs) + "}"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


@describe.register(Point)
def _point(p):
    out = f"P({p.x}, {p.y})"  # ?rc p
    return out


def size_of(obj):
    if isinstance(obj, (list, tuple)):
        return functools.reduce(lambda acc, x: acc + size_of(x), obj, 1)
    return 1


pt = Point(1.5, 2.5)  # ?rc pt
data = [pt, {"k": pt}, [pt, pt]]  # ?rc pt data
text = describe(data)  # ?rc text data pt
total = size_of([data, (1, 2, [3, 4])])  # ?rc data
impl = describe.dispatch(list)  # ?rc impl
registry = describe.registry  # ?rc registry
pimpl = registry[Point]  # ?rc pimpl
nums = [1.5, 2.5, 3.5, 4.5]  # ?rc nums
prod = functools.reduce(lambda a, b: a * b, nums)  # ?rc prod nums
mx = functools.reduce(max, nums)  # ?rc mx
del data  # ?rc pt
n = gc.collect()
print(text, total, prod, mx, n)
