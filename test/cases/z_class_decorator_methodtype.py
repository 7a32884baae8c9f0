# A class-based decorator binding itself to instances with types.MethodType (its __get__):
# the bound method holds the decorator object and the instance; calling it calls the
# decorator object with the instance first (method_vectorcall), through its __call__.
import functools
import gc
import types


class traced:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.seen = []

    def __call__(self, obj, *args, **kwargs):
        self.seen.append(obj)  # ?rc obj args
        out = self.func(obj, *args, **kwargs)  # ?rc out
        return out

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)


class Node:
    def __init__(self, label):
        self.label = label

    @traced
    def visit(self, payload, tag=None):
        return (self.label, payload, tag)


payload = [1, 2]
node = Node("n")  # ?rc node
bound = node.visit  # ?rc bound node
res = bound(payload, tag=payload)  # ?rc payload node res
res2 = node.visit(payload)  # ?rc payload node
deco = Node.__dict__["visit"]  # ?rc deco
seen = deco.seen  # ?rc seen node
del bound  # ?rc node
seen.clear()  # ?rc node
node.self_ref = node.visit  # ?rc node
del node, res, res2  # ?rc payload
print(gc.collect())
print(gc.collect())  # ?rc payload
