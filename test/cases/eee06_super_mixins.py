# Cooperative multiple inheritance: every __init__ takes keyword arguments
# it knows and passes the rest on through super(), so a mixin chain builds
# one object. Method calls also walk the MRO with super().
import gc
import sys


class Base:
    def __init__(self, **kw):
        super().__init__()
        self.extra = kw  # ?rc kw

    def describe(self):
        return ["base"]


class Named(Base):
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)

    def describe(self):
        parts = super().describe()  # ?rc parts
        parts.append("named")
        return parts


class Timestamped(Base):
    def __init__(self, stamp, **kw):
        self.stamp = stamp
        super().__init__(**kw)

    def describe(self):
        parts = super().describe()
        parts.append("stamped")
        return parts


class Document(Named, Timestamped):
    def __init__(self, body, **kw):
        super().__init__(**kw)
        self.body = body  # ?rc body

    def describe(self):
        return super().describe() + ["document"]


stamp = 1700000000.5  # ?rc stamp
body = ["first line", "second line"]  # ?rc body
doc = Document(body, name="report 1", stamp=stamp, owner="ann lee")  # ?rc doc stamp body
extra = doc.extra  # ?rc extra
info = doc.describe()  # ?rc info
mro = Document.__mro__  # ?rc mro
print(sys.getrefcount(Base))
docs = []
for i in range(3):
    d = Document([i * 1.5], name="n%d" % i, stamp=stamp)
    docs.append(d)  # ?rc d stamp
del d
sup = super(Named, doc)  # ?rc sup doc
del sup  # ?rc doc
del docs  # ?rc stamp
del doc  # ?rc body extra
print(gc.collect())
