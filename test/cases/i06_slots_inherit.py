# Theme: __slots__ with inheritance. Slots are descriptors in the class; a
# subclass without __slots__ gets a __dict__ again.
import gc


class P:
    __slots__ = ("x",)


class Q(P):
    __slots__ = ("y",)


class R(Q):
    pass


val = [3.5]  # ?rc val
p = P()  # ?rc p P
p.x = val  # ?rc val
q = Q()  # ?rc q Q
q.x = q.y = val  # ?rc val
r = R()  # ?rc r R
r.x = val  # ?rc val
r.z = val  # ?rc val
got = r.z  # ?rc val
q.y = q  # ?rc q
del q  # ?rc Q
gc.collect()
r.y = r  # ?rc r
del r
gc.collect()
p.x = p  # ?rc p
del p
gc.collect()
after = val  # ?rc val
