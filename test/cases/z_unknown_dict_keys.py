# Theme: dict keys and set members of unknown value (read from the
# environment): a store may find an equal key the model cannot tell, so the
# dict may keep the old key and drop the old value; counts stay open, never wrong.
import os
b = [0]
k = int(os.environ.get('RCL_NOPE', '1'))
t = os.environ.get('RCL_NOPE2', 'a')
one = 1
d = {1: b}
d[k] = [2]  # ?rc b
e = {k: b}
e[1] = [3]  # ?rc b
s = {one}
s.add(k)  # ?rc k
s2 = {k}
s2.add(1)  # ?rc k
names = {'a': b}
names[t] = [4]  # ?rc b t
mixed = {'x': b}
mixed[k] = [5]  # ?rc b
n = len(d) + len(e) + len(s) + len(s2)  # ?rc b
