# Course exercise: functools in practice. reduce for products, partial for
# configured helpers, cmp_to_key for a custom order, wraps for a counting
# decorator, cached_property on a class and total_ordering for versions.
import functools
import gc


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


@counted
def scale(values, factor):
    result = [v * factor for v in values]  # ?rc result values
    return result


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    @functools.cached_property
    def major(self):
        m = self.parts[0] * 1000  # ?rc m
        return m


def compare_len(a, b):
    return len(a) - len(b)


product = functools.reduce(lambda x, y: x * y, [1.5, 2.0, 4.0])  # ?rc product
base = [1.25, 2.5]  # ?rc base
doubled = scale(base, 2)  # ?rc doubled base
triple = functools.partial(scale, factor=3)  # ?rc triple
tripled = triple(base)  # ?rc tripled base triple
calls = scale.calls  # ?rc calls
inner = scale.__wrapped__  # ?rc inner
names = ["kiwi fruit", "fig", "banana split", "plum"]  # ?rc names
ordered = sorted(names, key=functools.cmp_to_key(compare_len))  # ?rc ordered names
keyfn = functools.cmp_to_key(compare_len)  # ?rc keyfn
wrapped = keyfn(names[0])  # ?rc wrapped keyfn
versions = [Version("1.10.0"), Version("1.2.3"), Version("2.0.1")]  # ?rc versions
newest = max(versions)  # ?rc newest
older = [v for v in versions if v <= newest]  # ?rc older newest
major = newest.major  # ?rc major
again = newest.major  # ?rc again major
attrs = vars(newest)  # ?rc attrs
del attrs
del newest.major  # ?rc major
newest.self_ref = newest
del versions, older, newest, again
print(gc.collect())
print(product, doubled, tripled, ordered, major)  # ?rc base triple
