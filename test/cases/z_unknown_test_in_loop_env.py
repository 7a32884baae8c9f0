# (the variant of z_unknown_test_in_loop whose loop sources the analysis can never know: the environment)
# In a loop, a test on an unmodelled call's result (`if mt is None: continue`): the
# rounds after are widened, and `out`, which the loop never changes, keeps its count.
import os
import re

def parse(lines):
    out = []  # ?rc out
    for ln in lines:
        mt = re.match(r"\w+", os.environ.get("RCL_UNSET", ln))
        if mt is None:
            continue
        n = len(out)  # ?rc out
    return out

es = parse(["ab cd", "ef gh"])  # ?rc es
