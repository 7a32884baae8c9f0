# Application: an attribute/item proxy over config records, and a custom
# iterator class with __iter__/__next__ walking a paged result set.
import gc
import sys


class Record:
    def __init__(self, **fields):
        self.fields = fields

    def __getattr__(self, name):
        try:
            return self.fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key):
        return self.fields[key]


class ReadOnly:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        raise AttributeError("read-only proxy")


class Pager:
    def __init__(self, rows, size):
        self.rows = rows
        self.size = size
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.rows):
            raise StopIteration
        page = self.rows[self.index:self.index + self.size]
        self.index += self.size
        return page


host = "db.example.org"  # ?rc host
rec = Record(host=host, port=5432, tags=["a b", "c d"])  # ?rc rec host
h = rec.host  # ?rc h
tags = rec["tags"]  # ?rc tags
proxy = ReadOnly(rec)  # ?rc proxy rec
again = proxy.tags  # ?rc again tags
try:
    proxy.port = 1
except AttributeError as err:
    msg = str(err)  # ?rc msg
try:
    rec.missing
except AttributeError as err2:
    ctx = err2.__context__  # ?rc ctx
rows = [[i, i * 2.5] for i in range(7)]  # ?rc rows
pager = Pager(rows, 3)  # ?rc pager rows
it = iter(pager)  # ?rc it pager
pages = list(pager)  # ?rc pages
p0 = pages[0]  # ?rc p0
row0 = rows[0]  # ?rc row0
for page in Pager(rows, 4):
    last_page = page  # ?rc last_page
print(sys.getrefcount(rec), sys.getrefcount(p0))
rec.fields["self"] = proxy  # ?rc proxy
del rec, proxy, again, tags  # ?rc h
print(gc.collect())
