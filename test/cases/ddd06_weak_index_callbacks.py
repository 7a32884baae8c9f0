# Theme: a hand-written weak index: a dict of weakref.ref objects whose
# callbacks remove their own entry when the referent dies.
import gc
import sys
import weakref


class Document:
    def __init__(self, title):
        self.title = title


class WeakIndex:
    def __init__(self):
        self.refs = {}
        self.removed = 0

    def add(self, key, obj):
        def gone(ref, key=key, index=self):
            index.removed += 1
            del index.refs[key]  # ?rc ref

        self.refs[key] = weakref.ref(obj, gone)

    def get(self, key):
        ref = self.refs.get(key)
        return None if ref is None else ref()


index = WeakIndex()
docs = [Document("doc number %d" % i) for i in range(4)]
for i, d in enumerate(docs):
    index.add(i, d)  # ?rc d
del d
first = index.get(0)  # ?rc first
r0 = index.refs[0]  # ?rc r0
print(sys.getrefcount(r0))
del r0, first
docs.pop(0)  # ?rc docs
print(index.removed, len(index.refs))
docs[0].self_ref = docs[0]  # a cycle: the weakref dies only in gc
survivor = docs[1]  # ?rc survivor
del docs
print(index.removed, len(index.refs))
print(gc.collect())  # the self-referencing document
print(index.removed, len(index.refs))
wr = index.refs[2]  # ?rc wr
del survivor
print(index.removed, sys.getrefcount(wr))
