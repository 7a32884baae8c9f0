# Theme: memoization keyed by objects in a WeakKeyDictionary. When the
# memoized value refers back to its key the entry keeps the key alive
# forever: the classic WeakKeyDictionary leak, fixed by storing a weakref.
import gc
import weakref


class Doc:
    def __init__(self, text):
        self.text = text


class Summary:
    def __init__(self, doc, owner_ref=False):
        self.doc = weakref.ref(doc) if owner_ref else doc
        self.words = len(doc.text.split())


memo = weakref.WeakKeyDictionary()


def summarize(doc, weak=False):
    s = memo.get(doc)
    if s is None:
        s = Summary(doc, weak)
        memo[doc] = s
    return s


d1 = Doc("one two three four")  # ?rc d1
s1 = summarize(d1)  # ?rc d1 s1
s1b = summarize(d1)  # ?rc s1 s1b
del s1b  # ?rc s1
del s1  # ?rc d1
del d1
print(len(memo))  # the value still holds the key: leaked
print(gc.collect(), len(memo))
d2 = Doc("alpha beta gamma")  # ?rc d2
s2 = summarize(d2, weak=True)  # ?rc d2 s2
back = s2.doc()  # ?rc d2 back
del back  # ?rc d2
del d2  # ?rc s2 -- the entry is gone, s2 survives through its name
print(len(memo))
keys = list(memo.keys())  # ?rc keys
leaked = keys[0]  # ?rc leaked
del keys  # ?rc leaked
entry = memo[leaked]  # ?rc entry leaked
memo.clear()  # ?rc entry leaked
del entry  # ?rc leaked
