# Theme: closures over loop variables and default-argument capture.
class Obj:
    pass

o = Obj()  # ?rc o
funcs = [lambda: o for _ in range(3)]  # ?rc o funcs
bound = [lambda x=o: x for _ in range(2)]  # ?rc o bound
del funcs  # ?rc o
del bound  # ?rc o
def make(x):
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put
g, p = make(o)  # ?rc o
p(None)  # ?rc o
p(o)  # ?rc o
del g  # ?rc o
del p  # ?rc o
