# Theme: library operations that raise, caught: next() of an exhausted iterator, popleft of an empty deque, a missing module attribute (getattr, os.path.x), popitem of an empty OrderedDict
import itertools
import os
import collections

ref = [1, 2]  # ?rc ref
it = iter(os.environ.get("RL_NOPE", ""))
try:
    first = next(it)
except StopIteration:
    first = ref  # ?rc ref first
g = (x for x in os.listdir("/") if x == "rl-nope")
try:
    hit = next(g)
except StopIteration:
    hit = ref  # ?rc ref hit
c = itertools.count()
try:
    k = next(itertools.islice(c, 0))
except StopIteration:
    k = ref  # ?rc ref k
dq = collections.deque()
try:
    dq.popleft()
except IndexError:
    e1 = ref  # ?rc ref e1
od = collections.OrderedDict()
try:
    od.popitem()
except KeyError:
    e2 = ref  # ?rc ref e2
try:
    meth = getattr(os, "rl_no_such_thing")
except AttributeError:
    meth = ref  # ?rc ref meth
if not hasattr(os.path, "rl_nope"):
    e3 = ref  # ?rc ref e3
try:
    val = os.path.rl_nope
except AttributeError:
    val = ref  # ?rc ref val
cnt = collections.Counter("abc")
try:
    v = cnt.most_common(1)[0][5]
except IndexError:
    v = ref  # ?rc ref v
end = ref  # ?rc ref
