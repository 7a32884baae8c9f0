# WeakValueDictionary / WeakKeyDictionary / WeakSet bring their own GC
# objects (_remove and its defaults tuple, selfref, _pending_removals,
# _iterating, data) into cyclic garbage; an empty dict's data is untracked
# until an entry goes in, and untracked again by a full collection.
import gc
import weakref


class Node:
    pass


a = Node()  # ?rc a
a.reg = weakref.WeakValueDictionary()  # ?rc a
a.me = a
del a
print(gc.collect())  # Node + 6 (data still untracked)
b = Node()
b.reg = weakref.WeakValueDictionary()
keep = Node()  # ?rc keep
b.reg["k!"] = keep  # ?rc keep
b.me = b
del b
print(gc.collect())  # Node + 7 + KeyedRef
c = Node()
c.reg = weakref.WeakKeyDictionary()
c.reg[keep] = [2.5]  # ?rc keep
del c.reg[keep]
c.me = c
print(gc.collect())  # nothing yet (c lives)
del c
print(gc.collect())  # Node + 6: the data dict was untracked by the last collection
s = weakref.WeakSet()  # ?rc s
s.add(keep)  # ?rc keep s
n = weakref.getweakrefcount(s)
print(n)
r = weakref.ref(s)  # ?rc r s
del r
t = Node()
t.me = t
s.add(t)
del t
print(gc.collect(), len(s))  # t and its weakref (its callback freed it)
box = [s]
box.append(box)
del s, box
print(gc.collect())  # box + WeakSet 7 + keep's ref
