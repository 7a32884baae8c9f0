# Theme: an int key of unknown value stored into a dict with an int key, and
# the other way round: which value the dict keeps is open.
import random

b = [0]
c = [1]
import os
k = int(os.environ.get('RCL_NOPE', '1'))
d = {1: b}
d[k] = c  # ?rc b c
e = {k: b}
e[1] = c  # ?rc b c
n = len(d) + len(e)  # ?rc b c
