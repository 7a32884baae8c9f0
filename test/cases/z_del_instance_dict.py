# del obj.__dict__: the attributes go with the dict; a held dict lives on; stores make a new one
import gc
class C:
    pass
val = []
o = C()
o.x = val
o.me = o           # ?rc o val
del o.__dict__     # ?rc o val
o.y = val          # ?rc o val
d = vars(o)        # ?rc d o val
del d
p = C()
p.a = val
held = p.__dict__  # ?rc held p val
del p.__dict__     # ?rc held p val
p.b = held         # ?rc held p val
n = len(held)      # ?rc held
q = C()
q.self = q
q.box = [q]
del q.__dict__     # ?rc q
r = C()
r.self = r
del r
gc.collect()
s = C()
s.self = s
del s.__dict__
del s
gc.collect()
