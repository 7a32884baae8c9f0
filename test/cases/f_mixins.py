# Application: mixins composed with super() chains: serialisable, comparable
# and logging behaviour on a record class, with __eq__/__hash__ and a set.
import gc
import sys

events = []


class LogMixin:
    def log(self, what):
        entry = (self.__class__.__name__, what)  # ?rc entry
        events.append(entry)


class DictMixin:
    def to_dict(self):
        d = {}
        for k in self.fields:
            d[k] = getattr(self, k)
        return d


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())


class Base:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)  # ?rc v


class User(LogMixin, DictMixin, EqMixin, Base):
    fields = ("name", "email")

    def __init__(self, name, email):
        super().__init__(name=name, email=email)
        self.log("created")

    def key(self):
        return (self.name, self.email)


email = "ann at example dot org"  # ?rc email
u1 = User("ann", email)  # ?rc u1 email
u2 = User("ann", email)  # ?rc u2 email
same = u1 == u2  # ?rc same
bucket = {u1, u2}  # ?rc bucket u1 u2
data = u1.to_dict()  # ?rc data email
first = events[0]  # ?rc first
mro = User.__mro__  # ?rc mro
k = u1.key()  # ?rc k email
print(len(bucket), sys.getrefcount(u1))
del bucket  # ?rc u1 u2
events.clear()  # ?rc first
del u1, u2, data, k  # ?rc email
print(gc.collect())
