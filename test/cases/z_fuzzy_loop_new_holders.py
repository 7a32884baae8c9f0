# A loop over an iterable the model cannot know: what its rounds add to or take from a container is open afterwards.
import re
class A:
    def m(self): pass
a = A()
hs = []
for x in re.findall(r"\d", "1 2 3"):
    hs.append(a.m)
b = a  # ?rc a
t = ()
for x in re.findall(r"\d", "1 2 3"):
    t = (a, t)
c = a  # ?rc a
for x in re.findall(r"\d", "1 2 3"):
    hs.append([a])
d = a  # ?rc a
