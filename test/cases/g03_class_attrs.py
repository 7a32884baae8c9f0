# Theme: class attributes vs instance attributes and methods. A class
# attribute is shared; an instance attribute with the same name shadows it;
# bound methods are created per access.


class Shared:
    pass


s = Shared()  # ?rc s


class Holder:
    tag = s
    items = [s]

    def method(self):
        me = self  # ?rc me
        return me

    @classmethod
    def make(cls):
        inst = cls()  # ?rc inst
        return inst

    @staticmethod
    def helper(obj):
        got = obj  # ?rc obj got
        return got


t = s  # ?rc s
h = Holder()  # ?rc s h
h.tag = s  # ?rc s -- instance attribute shadows class attribute
h2 = Holder()  # ?rc h2
h2.tag = h2  # ?rc h2
lst = Holder.items  # ?rc lst s
m = h.method  # ?rc h m
m2 = h.method  # ?rc h m m2
r = m()  # ?rc h r
del m, m2, r  # ?rc h
made = Holder.make()  # ?rc made
same = Holder.helper(s)  # ?rc s same
del h.tag  # ?rc s
Holder.tag = None  # ?rc s
del Holder.items  # ?rc s lst


class Caller:
    def __call__(self, arg):
        seen = arg  # ?rc arg


Caller()(s)  # ?rc s -- instance call goes through tp_call
rep = made.__repr__  # ?rc made -- inherited from object
