# inspect.getattr_static gives stored objects as they are; inspect.unwrap follows __wrapped__
import functools
import inspect
class Base:
    def m(self):
        return 1.5
    @property
    def p(self):
        return [self]
class Kid(Base):
    tag = ["kid"]
k = Kid()
fn = Base.__dict__["m"]                       # ?rc fn
st = inspect.getattr_static(k, "m")           # ?rc st fn
mine = ["own"]
k.tag = mine
t1 = inspect.getattr_static(k, "tag")         # ?rc t1 mine
t2 = inspect.getattr_static(Kid, "tag")       # ?rc t2
k.__dict__["p"] = mine
pr = inspect.getattr_static(k, "p")           # ?rc pr mine
dflt = ["d"]
miss = inspect.getattr_static(k, "nope", dflt)  # ?rc miss dflt
try:
    inspect.getattr_static(k, "nope")
except AttributeError:
    caught = k                                # ?rc caught
def base():
    return 3.5
def deco(f):
    @functools.wraps(f)
    def inner():
        return f()
    return inner
once = deco(base)                             # ?rc base
twice = deco(once)                            # ?rc once
un = inspect.unwrap(twice)                    # ?rc un base
same = inspect.unwrap(base)                   # ?rc same
