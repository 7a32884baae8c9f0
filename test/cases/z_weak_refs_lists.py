# Theme: WeakValueDictionary.valuerefs() and WeakKeyDictionary.keyrefs() lists.
import gc
import sys
import weakref


class Image:
    pass


cache = weakref.WeakValueDictionary()
a = Image()
b = Image()
cache["img/a.png"] = a
cache["img/b.png"] = b
refs = cache.valuerefs()  # ?rc refs a b
first = refs[0]  # ?rc first refs
got = first()  # ?rc got a
print(first.key, sys.getrefcount(first))
del got, a  # ?rc first b
print(len(cache), first() is None, len(refs))
alive = [r() for r in refs if r() is not None]  # ?rc alive b
del refs, first, alive  # ?rc b
owners = weakref.WeakKeyDictionary()
k1 = Image()
owners[k1] = [1.5, 2.5]
krefs = owners.keyrefs()  # ?rc krefs k1
kr = krefs[0]  # ?rc kr k1
print(kr() is k1, sys.getrefcount(kr))
del k1  # ?rc kr krefs
print(kr() is None, len(owners), gc.collect())
