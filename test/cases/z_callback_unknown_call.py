# A callback passed to an unmodelled C function (re.sub) runs and appends to a list;
# the analyzer keeps the list empty, so kept[0] "raises" and the rest is dropped.
import re
kept = []
out = re.sub(r"\d", lambda mo: kept.append(mo) or "#", "a1 b2")  # ?rc out kept
mk = kept[0]  # ?rc mk
after = [1.5, 2.5]  # ?rc after
