# A small ORM-style metaclass: it collects Column attributes from the class
# body into a fields list and counts created instances through __call__.
import gc
import sys


class Column:
    def __init__(self, kind):
        self.kind = kind
        self.name = None


class ModelMeta(type):
    created = []

    def __new__(mcs, name, bases, ns):
        fields = [(k, v) for k, v in ns.items() if isinstance(v, Column)]
        for key, col in fields:
            col.name = key
        ns["_fields"] = fields  # ?rc fields
        cls = super().__new__(mcs, name, bases, ns)
        mcs.created.append(cls)
        return cls

    def __call__(cls, *args, **kw):
        obj = super().__call__(*args, **kw)  # ?rc obj
        cls.count = getattr(cls, "count", 0) + 1
        return obj


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for key, _ in self._fields:
            setattr(self, key, values.get(key))


class User(Model):
    name = Column(str)
    score = Column(float)


name_col = User.name  # ?rc name_col
fields = User._fields  # ?rc fields
pair = fields[1]  # ?rc pair
points = 12.5 * 4  # ?rc points
u = User(name="ada lovelace", score=points)  # ?rc u points
v = User(score=points)  # ?rc v points
created = ModelMeta.created  # ?rc created
print(sys.getrefcount(User))
users = [User(score=points + i) for i in range(3)]  # ?rc users points
del users
del u, v  # ?rc points
del pair, fields, name_col
created.clear()
del User
print(gc.collect())
del Model
print(gc.collect())
