# An object of an unmodelled type that can never be in a cycle (a re.Match) is created
# and dropped: a later gc.collect() still knows there is no garbage.
import re
import gc
m = re.match(r"\w+", "abc def")
del m
n = gc.collect()
