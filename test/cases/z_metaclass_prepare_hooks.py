# Theme: metaclass __prepare__, __call__, __instancecheck__ and __init_subclass__ keywords
import gc
kept = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {'tag': name}
        kept.append(ns)
        return ns
    def __call__(cls, *args, **kw):
        kept.append(args)
        return super().__call__(*args, **kw)
    def __instancecheck__(cls, obj):
        kept.append(obj)
        return True
class Base(metaclass=Meta):
    def __init__(self, x):
        self.x = x
    def __init_subclass__(cls, flavour=None, **kw):
        kept.append(flavour)
item = [0]
class Sub(Base, flavour=item):
    pass
fl = kept[-1]  # ?rc item
ns = kept[0]  # ?rc ns
obj = Sub(item)  # ?rc item obj
args = kept[-1]  # ?rc args
chk = isinstance(item, Sub)  # ?rc item
kept.clear()  # ?rc item ns args
del obj, args  # ?rc item
tag = Sub.tag  # ?rc tag
n = gc.collect()
