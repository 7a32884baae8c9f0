# (the variant of z_fuzzy_loop_new_holders whose loop sources the analysis can never know: the environment)
# A loop over an iterable the model cannot know: what its rounds add to or take from a container is open afterwards.
import os
import re
class A:
    def m(self): pass
a = A()
hs = []
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    hs.append(a.m)
b = a  # ?rc a
t = ()
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    t = (a, t)
c = a  # ?rc a
for x in os.environ.get("RCL_UNSET", "1 2 3").split():
    hs.append([a])
d = a  # ?rc a
