# Theme: gc.is_tracked of tuples and dicts: a collection untracks tuples of
# atoms, dicts of atoms are never tracked until they hold a container.
import gc


class Thing:
    pass


t = tuple([1.5, 2.5])  # ?rc t
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
d = {"k key!": 1.5}
print(gc.is_tracked(d))
d["other key!"] = []
print(gc.is_tracked(d))
u = (Thing(), 3.5)  # ?rc u
gc.collect()
print(gc.is_tracked(u))
inner = u[0]  # ?rc inner
s = "abc def" * 2
print(gc.is_tracked(s), gc.is_tracked([]))
del u  # ?rc inner
print(gc.collect())
