# Theme: a generator suspended at a yield is no running frame: its frame's f_back is None until
# its next step (it is linked to its caller only while it runs), and on 3.11/3.12 its f_locals is
# the frame's cached dict, as for a running frame.
import sys


def gen(items):
    me = sys._getframe()
    for x in items:
        yield me.f_back is not None


data = [[1], [2]]
here = sys._getframe()  # ?rc here
g = gen(data)
flag = next(g)
fr = g.gi_frame
back = fr.f_back  # ?rc here data
again = next(g)
print(flag, again, back is None)  # ?rc here fr data
del fr, back
rest = list(g)  # ?rc data here
