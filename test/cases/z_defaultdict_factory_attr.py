# defaultdict.default_factory and deque.maxlen are data attributes, not
# methods: reading them gives the factory / the bound (no bound method that
# would hold the container), and storing default_factory replaces the factory.
import gc
from collections import defaultdict, deque


def make_bucket():
    return []


counts = defaultdict(make_bucket)  # ?rc counts make_bucket
counts["a"].append(1)
factory = counts.default_factory  # ?rc factory counts
counts.default_factory = None  # ?rc make_bucket counts
try:
    counts["missing"]
except KeyError as e:
    err = e
gone = counts.default_factory  # ?rc counts
counts.default_factory = factory  # ?rc factory
nested = defaultdict(lambda: defaultdict(int))
inner_factory = nested.default_factory  # ?rc inner_factory nested
nested["x"]["y"] += 1
inner = nested["x"]  # ?rc inner
del nested  # ?rc inner_factory inner
window = deque(range(5), maxlen=3)  # ?rc window
bound = window.maxlen  # ?rc window
window.append(99)  # ?rc window
size = len(window)
print(gc.collect())
