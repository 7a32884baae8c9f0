# In a loop, a test on an unmodelled call's result (`if mt is None: continue`): the
# rounds after are widened, and `out`, which the loop never changes, keeps its count.
import re

def parse(lines):
    out = []  # ?rc out
    for ln in lines:
        mt = re.match(r"\w+", ln)
        if mt is None:
            continue
        n = len(out)  # ?rc out
    return out

es = parse(["ab cd", "ef gh"])  # ?rc es
