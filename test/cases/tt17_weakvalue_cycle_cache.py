# Theme: a WeakValueDictionary cache of documents that refer back to
# themselves (a doc and its sections). Entries vanish only after the
# collector frees each cycle, not when the last name is deleted.
import gc
import weakref


class Section:
    def __init__(self, doc, title):
        self.doc = doc
        self.title = title


class Document:
    def __init__(self, name):
        self.name = name
        self.sections = [Section(self, "intro part"), Section(self, "body part")]


gc.collect()
cache = weakref.WeakValueDictionary()
d1 = Document("first doc")  # ?rc d1
cache["first"] = d1  # ?rc d1
d2 = Document("second doc")
cache["second"] = d2  # ?rc d2
sec = d1.sections[0]  # ?rc sec d1
print(len(cache))
del d1
print(len(cache))  # still cached: the cycle keeps d1 alive
del sec
print(gc.collect())  # d1, its list, two sections
print(len(cache))  # the entry was removed by the weakref callback
again = cache["second"]  # ?rc again d2
del again
d2.sections = []  # ?rc d2 -- cycle broken by hand
del d2
print(len(cache))
print(gc.collect())  # nothing left
