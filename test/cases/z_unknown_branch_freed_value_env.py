# (the variant of z_unknown_branch_freed_value whose loop sources the analysis can never know: the environment)
# if/else on a value the analyzer cannot evaluate (an unmodelled stdlib
# result, here a re match): after the join only the else branch's state is
# kept, so b is predicted exactly 1 although the if branch ran (truth 2).
# Without else, or with a conditional expression, it is [1,null] instead.
import os
import re


class Box:
    pass


b = Box()  # ?rc b
m = re.match(r"a", os.environ.get("RCL_UNSET", "abc"))
if m:
    keep = [b]
else:
    keep = []
print(keep)  # ?rc b keep
other = keep  # ?rc other
c = Box()  # ?rc c
ws = [z for z in [c] if m]  # ?rc c ws
del ws  # ?rc c
