# (the variant of z_fuzzy_loop_content whose loop sources the analysis can never know: the environment)
# A loop over an iterable the model cannot know: containers it pops from or discards in have open content afterwards.
import os
import re
class A:
    pass
a = A()
b = A()
hs = [a, a, a, a]
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    hs.pop()
m = A() if len(hs) == 3 else b  # ?rc m
s = {1, 2, 3}
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    s.discard(int(x))
m2 = A() if len(s) == 2 else b  # ?rc m2
d = {"1": a, "2": a}
for x in os.environ.get("RCL_UNSET", "1 2").split():
    d.pop(x)
m3 = A() if len(d) == 1 else b  # ?rc m3
