# Theme: closures and defaults that close cycles through functions.
import gc

gc.collect()

def make_pair():
    a = []
    def get():
        return a
    a.append(get)
    return get

p = make_pair()  # ?rc p
del p
print(gc.collect())

def selfref():
    def inner():
        return inner
    return inner
s = selfref()
del s
print(gc.collect())
lst = []
lst.append(lambda: lst)
del lst
print(gc.collect())
d = {}
d["f"] = lambda x=d: x
del d
print(gc.collect())
