# Theme: a mini ORM: Model subclasses register themselves through
# __init_subclass__, fields are descriptors named by __set_name__, and each
# model class keeps an identity map of its rows by primary key.
import gc
import sys


class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, value)


class Model:
    registry = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
        cls.rows = {}
        Model.registry[cls.table] = cls

    def __init__(self, pk, **values):
        self.pk = pk
        for key, value in values.items():
            setattr(self, key, value)
        type(self).rows[pk] = self

    @classmethod
    def get(cls, pk):
        return cls.rows[pk]


class User(Model, table="users"):
    name = Field()
    email = Field()


class Order(Model):
    total = Field()
    user = Field()


ann = User(1001, name="Ann Lee", email="ann@example.org")  # ?rc ann
order = Order(5001, total=19.99 * 2, user=ann)  # ?rc ann order
total = order.total  # ?rc total
same = Order.get(5001)  # ?rc order
field = User.__dict__["email"]  # ?rc field
mail = ann.email  # ?rc mail
print(sys.getrefcount(User), sys.getrefcount(Order), len(Model.registry))
del same, order  # ?rc ann total
gone = Order.rows.pop(5001)  # ?rc gone ann
del gone  # ?rc ann total
del Model.registry["order"], Order
print(gc.collect())  # the Order class and its own objects
print(sys.getrefcount(User))
