# A loop over an iterable the model cannot know: what its rounds add to or take from a container is open afterwards.
import re
class A:
    pass
a = A()
hs = [a, a, a, a]
d = {1: a, 2: a, 3: a}
for x in re.findall(r"\d", "1 2 3"):
    hs.pop()
b = a  # ?rc a
for x in re.findall(r"\d", "1 2 3"):
    del d[int(x)]
c = a  # ?rc a
s = [[a], [a], [a]]
for x in re.findall(r"\d", "1 2 3"):
    s[int(x) - 1].clear()
e = a  # ?rc a
t = [(a,), (a,), (a,)]
for x in re.findall(r"\d", "1 2"):
    t.remove((a,))
f = a  # ?rc a
g = [A(), A()]
k = g[0]
for x in re.findall(r"\d", "1 2"):
    g[int(x) - 1] = None
m = k  # ?rc k
