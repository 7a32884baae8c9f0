# A class statement's base that is an instance with __mro_entries__: __build_class__ calls the
# bound method with the tuple of the bases as written, the tuple it returns takes the base's place,
# and the namespace gets __orig_bases__, that same tuple, kept by the class dict.
kept = []
class Real:
    pass
class Mixin:
    pass
class Entry:
    def __init__(self, *targets):
        self.targets = targets
    def __mro_entries__(self, bases):
        kept.append(self)
        kept.append(bases)
        return self.targets
class BadEntry:
    def __mro_entries__(self, bases):
        kept.append(self)
        return [Real]
e = Entry(Real)
class A(e):
    pass
n = len(kept)  # ?rc e
orig = A.__orig_bases__  # ?rc orig e
bs = A.__bases__  # ?rc bs
a = A()  # ?rc a
two = Entry(Mixin)
class C(e, two):
    x = 1
n = len(kept)  # ?rc e two
corig = C.__orig_bases__  # ?rc corig
gone = Entry()
class D(gone, Mixin):
    pass
dorig = D.__orig_bases__  # ?rc dorig gone
bad = BadEntry()
try:
    class E(bad):
        pass
except TypeError as err:
    caught = err
n = len(kept)  # ?rc bad
print(A.__mro__, C.__mro__, D.__mro__)
kept.clear()
n = len(kept)  # ?rc e two gone bad orig corig dorig
