# (the variant of z_fuzzy_counter_values whose loop sources the analysis can never know: the environment)
# A counter a loop of unknown rounds increments: a test on it afterwards (or in a later round) may go either way.
import os
import re
class A:
    pass
a = A()
important = []
i = 0
for x in os.environ.get("RCL_UNSET", "1 2 3 4 5 6 7").split():
    i += 1
    if i == 5:
        important.append(a)
        q = a  # ?rc a
t = a  # ?rc a
def f(lines):
    out = []
    cnt = 0
    for ln in lines:
        cnt = cnt + 1
        if cnt == 4:
            out.append(a)
    return out
r = f(["a", "b", "c", "d", "e"])  # ?rc a r
