# Theme: contextlib.suppress around lookups and removals in a cache; the
# suppressed exception and its arguments disappear, what the block bound
# before the error stays.
import contextlib
import gc


class Entry:
    def __init__(self, key):
        self.key = key


def evict(cache, keys):
    removed = []  # ?rc removed
    for key in keys:
        with contextlib.suppress(KeyError):
            entry = cache.pop(key)  # ?rc entry
            removed.append(entry)
    return removed


def first_int(texts):
    for text in texts:
        with contextlib.suppress(ValueError, TypeError):
            number = int(text) * 1000  # ?rc number
            return number
    return None


cache = {}
a = Entry("alpha key")  # ?rc a
b = Entry("beta key")  # ?rc b
cache[a.key] = a  # ?rc a
cache[b.key] = b  # ?rc b
gone = evict(cache, ["alpha key", "missing key", "alpha key"])  # ?rc gone a
got = gone[0]  # ?rc got a
quiet = contextlib.suppress(LookupError)  # ?rc quiet
with quiet:
    inside = cache["gamma key"]
with quiet:
    inside = cache["beta key"]  # ?rc inside b
n = first_int(["x!", None, "42"])  # ?rc n
print(gc.collect())
with contextlib.suppress(ZeroDivisionError):
    ratio = a
    ratio = 1 / 0
kept = ratio  # ?rc kept a
del gone, got  # ?rc a
