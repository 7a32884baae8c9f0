# (the variant of z_unknown_content whose loop sources the analysis can never know: the environment)
# Containers filled from what the analysis does not follow (re, shlex, csv):
# their content is unknown, their own count is not, and a lookup that misses
# in the model is no reason to stop the program with a KeyError.
import collections
import csv
import io
import os
import re
import shlex

words = shlex.split("alpha beta 'gamma delta' epsilon")  # ?rc words
found = os.environ.get("RCL_UNSET", "one two three four").split()  # ?rc found
as_set = set(found)  # ?rc as_set found
as_set.remove("two")  # ?rc as_set
as_tuple = tuple(words)  # ?rc as_tuple words
third = as_tuple[2]  # ?rc as_tuple
as_list = list(found)  # ?rc as_list
where = as_list.index("three")  # ?rc as_list
as_list.remove("one")  # ?rc as_list
last = as_list.pop()  # ?rc as_list
pairs = [(w, len(w)) for w in words]  # ?rc pairs
lengths = dict(pairs)  # ?rc lengths pairs
n = lengths["epsilon"]  # ?rc lengths
od = collections.OrderedDict(pairs)  # ?rc od
od.move_to_end("alpha")  # ?rc od
od2 = collections.OrderedDict(x=[1], y=[2])  # ?rc od2
y = od2["y"]  # ?rc y od2
dd = collections.defaultdict(list, pairs)  # ?rc dd
dd["zeta"].append(1)  # ?rc dd
rows = list(csv.reader(io.StringIO("a,b\nc,d\n")))  # ?rc rows
first_row = rows[0]  # ?rc rows
merged = [*words, *found]  # ?rc merged words found
merged.extend(os.environ.get("RCL_UNSET", "1 2 3").split())  # ?rc merged
it = iter(found)  # ?rc it found
a = next(it)  # ?rc it
b = next(it)  # ?rc it
c = next(it)  # ?rc it
del it  # ?rc found
dq = collections.deque(found, maxlen=3)  # ?rc dq found
dq.popleft()  # ?rc dq
dq.popleft()  # ?rc dq
print(len(as_set), third, where, last, n, y, first_row, len(merged), a, b, c, len(dq))
