# A metaclass the model does not run (it defines __prepare__) still runs in CPython: its __new__
# stores each new class in a dict on the metaclass (`mcls.registry[name] = cls`) and in a module
# global.  Those dicts are not the empty ones the class statement found: looking a class up in them
# succeeds, so the program goes on; their contents and counts are open, what they never see is not.
import gc

CLASSES = {}


class Meta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"created_by": "meta!"}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry[name] = cls
        CLASSES[name.lower()] = cls
        return cls


class Base(metaclass=Meta):
    pass


class Widget(Base):
    pass


reg = Meta.registry  # ?rc reg
w = reg["Widget"]  # ?rc w
g = CLASSES["base"]  # ?rc g
n = len(reg) * 1000003  # ?rc n
other = [10 ** 6, "not an identifier!"]  # ?rc other
keep = {"k": other}  # ?rc keep other
del keep
print(gc.collect())  # ?rc other
