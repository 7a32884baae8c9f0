# `x in obj` for a class with __iter__ but no __contains__: _PySequence_IterSearch compares each
# item the iterator yields, holding it only through PyIter_Next's reference (no extra hold).
class Tag:
    def __init__(self, label):
        self.label = label

    def __eq__(self, other):
        me = self  # ?rc self
        return isinstance(other, Tag) and self.label == other.label

    __hash__ = None


class TagSet:
    def __init__(self, tags):
        self.tags = tags

    def __iter__(self):
        return iter(self.tags)


labels = TagSet([Tag("red"), Tag("blue"), Tag("green")])
needle = Tag("blue")
present = needle in labels  # ?rc needle
missing = Tag("pink") not in labels  # ?rc labels
print(present, missing)
