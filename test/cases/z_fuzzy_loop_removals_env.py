# (the variant of z_fuzzy_loop_removals whose loop sources the analysis can never know: the environment)
# A loop over an iterable the model cannot know: what its rounds add to or take from a container is open afterwards.
import os
import re
class A:
    pass
a = A()
hs = [a, a, a, a]
d = {1: a, 2: a, 3: a}
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    hs.pop()
b = a  # ?rc a
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    del d[int(x)]
c = a  # ?rc a
s = [[a], [a], [a]]
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    s[int(x) - 1].clear()
e = a  # ?rc a
t = [(a,), (a,), (a,)]
for x in os.environ.get("RCL_UNSET", "1 2").split():
    t.remove((a,))
f = a  # ?rc a
g = [A(), A()]
k = g[0]
for x in os.environ.get("RCL_UNSET", "1 2").split():
    g[int(x) - 1] = None
m = k  # ?rc k
