# type(name, bases, dict) makes a class as a class statement would: a copy
# of the dict (values one more reference each), __set_name__ and the base's
# __init_subclass__ run, instances and methods work, the class is a cycle.
import gc

made = []


class Field:
    def __set_name__(self, owner, name):
        self.owner_name = name


class Plugin:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        made.append(cls)  # ?rc cls


def describe(self):
    return [self.size, 1.5]


f = Field()  # ?rc f
ns = {"size": 2.75, "describe": describe, "field": f}  # ?rc ns f describe
Dyn = type("Dyn", (Plugin,), ns)  # ?rc Dyn f describe
ns["size"] = 9.5  # ?rc ns
obj = Dyn()  # ?rc obj Dyn
out = obj.describe()  # ?rc out obj
first = made[0]  # ?rc first Dyn
made.clear()  # ?rc Dyn
del ns  # ?rc f describe
del obj, out, first, Dyn
print(gc.collect())
Other = type("Other", (), {"x": [1.25]})  # ?rc Other
del Other
print(gc.collect())
