# Theme: a tiny ORM: Field descriptors with __set_name__ storing values in the
# instance __dict__, a metaclass collecting fields into a class-level tuple,
# a __new__-based identity map keyed by primary key, rows as dicts.
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = tuple(k for k, v in ns.items() if isinstance(v, Field))
        cls.identity = {}
        return cls

class User(metaclass=ModelMeta):
    pk = Field()
    email = Field()
    def __new__(cls, pk, email):
        obj = cls.identity.get(pk)
        if obj is None:
            obj = super().__new__(cls)
            cls.identity[pk] = obj
        return obj
    def __init__(self, pk, email):
        self.pk = pk
        self.email = email
    def row(self):
        return {f: getattr(self, f) for f in self.fields}

idmap = User.identity  # ?rc idmap
field = User.__dict__["email"]  # ?rc field
u1 = User(1001, "ann@example.org")  # ?rc u1
u2 = User(1001, "ann@new.example.org")  # ?rc u1 u2
mail = u1.email  # ?rc mail
row = u1.row()  # ?rc row mail
u3 = User(2002, "bob@example.org")  # ?rc u3
rows = [u.row() for u in (u1, u3)]  # ?rc rows u1
fields = User.fields  # ?rc fields
del u2  # ?rc u1
idmap.clear()  # ?rc u1 u3
del row, rows  # ?rc mail
