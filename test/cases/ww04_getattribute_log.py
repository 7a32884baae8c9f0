# Theme: __getattribute__ that records every access in a log list and falls
# back to a defaults dict; read-through of methods and data.
import gc


class Logged:
    color = "dark blue!"
    size = 2.5 * 3

    def __init__(self, **fields):
        self.log = []
        self.fields = fields

    def __getattribute__(self, name):
        log = object.__getattribute__(self, "log")
        log.append(name)
        fields = object.__getattribute__(self, "fields")
        if name in fields:
            return fields[name]
        return object.__getattribute__(self, name)

    def describe(self):
        return [self.color, self.size]


data = [1.5, 2.5]  # ?rc data
obj = Logged(points=data)  # ?rc obj data
pts = obj.points  # ?rc pts data
log = obj.log  # ?rc log
n = len(log)
size = obj.size  # ?rc size
desc = obj.describe()  # ?rc desc size
meth = obj.describe  # ?rc meth obj
again = meth()  # ?rc again size
fields = obj.fields  # ?rc fields
fields["self"] = obj  # ?rc obj
del meth, fields  # ?rc obj
del obj, log  # ?rc data
print(gc.collect())  # obj, its fields dict
after = data  # ?rc after
