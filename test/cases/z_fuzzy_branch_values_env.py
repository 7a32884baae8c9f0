# (the variant of z_fuzzy_branch_values whose loop sources the analysis can never know: the environment)
# A name bound under a condition of unknown direction: a later test on its value may go either way.
import os
import re
class A:
    pass
a = A()
x = 1
if re.match(r"\d", os.environ.get("RCL_UNSET", "z")):
    x = 5
if x == 5:
    b = a
c = a  # ?rc a
y = 0
for k in os.environ.get("RCL_UNSET", "1 2 3").split():
    y = y + 1
if y == 1:
    d = a
e = a  # ?rc a
