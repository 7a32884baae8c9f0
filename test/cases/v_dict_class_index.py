# Theme: dict operations hidden in a small index class: setdefault with a
# list default, items() loops, pop with default, dict comprehension rebuild.


class Doc:
    pass


class Index:
    def __init__(self):
        self.by_tag = {}

    def add(self, tag, doc):
        bucket = self.by_tag.setdefault(tag, [])  # ?rc bucket doc
        bucket.append(doc)

    def drop(self, tag):
        return self.by_tag.pop(tag, None)

    def flat(self):
        out = []
        for tag, docs in self.by_tag.items():
            out.extend(docs)  # ?rc docs
        return out


d1, d2 = Doc(), Doc()  # ?rc d1 d2
idx = Index()
idx.add(0.5, d1)  # ?rc d1
idx.add(0.5, d2)  # ?rc d1 d2
idx.add(1.5, d1)  # ?rc d1
everything = idx.flat()  # ?rc d1 d2 everything
removed = idx.drop(0.5)  # ?rc d1 d2 removed
nothing = idx.drop(7.5)  # ?rc d1
copy = {k: list(v) for k, v in idx.by_tag.items()}  # ?rc d1 copy
keys = list(idx.by_tag)  # ?rc keys
vals = list(idx.by_tag.values())  # ?rc vals
del everything, removed  # ?rc d1 d2
idx.by_tag.clear()  # ?rc d1 d2 vals
