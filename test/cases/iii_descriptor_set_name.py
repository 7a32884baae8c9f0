# Theme: a descriptor with __set_name__ storing values in the instance dict
# under a private name; class attribute holds the descriptor once.
import sys


class Field:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, value)  # ?rc value


class Rec:
    size = Field()

    def __init__(self, size):
        self.size = size


payload = [1.5, 2.5]  # ?rc payload
r = Rec(payload)  # ?rc r payload
got = r.size  # ?rc got
desc = Rec.size  # ?rc desc
print(sys.getrefcount(desc))
r.size = [9.5]  # ?rc payload
r2 = Rec(payload)  # ?rc payload
del r2, got  # ?rc payload
