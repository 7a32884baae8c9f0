# ORM-like model layer: typed field descriptors, a model registry, a table of rows and queries.
import gc


class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}")
        obj.__dict__[self.name] = value  # ?rc value


REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__] = cls
    cls.table = []  # ?rc cls
    return cls


class Model:
    def __init__(self, **values):
        for key, value in values.items():
            setattr(self, key, value)
        type(self).table.append(self)  # ?rc self

    @classmethod
    def where(cls, **conds):
        rows = [r for r in cls.table if all(getattr(r, k) == v for k, v in conds.items())]  # ?rc rows
        return rows

    def delete(self):
        type(self).table.remove(self)  # ?rc self


@register
class User(Model):
    name = Field(str)
    tags = Field(list, default=None)


@register
class Order(Model):
    user = Field(User)
    amount = Field(float, default=0.0)


tags = ["admin", "early adopter"]  # ?rc tags
alice = User(name="Alice Smith", tags=tags)  # ?rc alice tags
bob = User(name="Bob Jones")  # ?rc bob
o1 = Order(user=alice, amount=19.99)  # ?rc o1 alice
o2 = Order(user=alice, amount=5.5)
o3 = Order(user=bob, amount=100.0)  # ?rc o3 bob
alice_orders = Order.where(user=alice)  # ?rc alice_orders alice
total = sum(o.amount for o in alice_orders)  # ?rc total
user_cls = REGISTRY["User"]  # ?rc user_cls
field = user_cls.__dict__["name"]  # ?rc field
attrs = vars(alice)  # ?rc attrs
try:
    bob.name = 42
except TypeError as exc:
    message = str(exc)  # ?rc message
print(total, message, len(User.table), len(Order.table))
o2.delete()  # ?rc o2 alice
del o2  # ?rc alice
del alice_orders  # ?rc o1 alice
n = gc.collect()
Order.table.clear()  # ?rc o1 o3
del o1, o3  # ?rc alice bob
n = gc.collect()
User.table.clear()  # ?rc alice bob
del attrs, alice  # ?rc tags
n = gc.collect()
print(n)
