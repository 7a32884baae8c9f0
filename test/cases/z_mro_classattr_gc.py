# C3 MRO for super() in a diamond; a collected class releases its attributes once; f(*args, **{}) on 3.11
class A:
    def __init__(self, v):
        self.a = v


class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.b = v


class C(A):
    def __init__(self, v):
        super().__init__(v)
        self.c = v


class D(B, C):
    pass


payload = [0.5]
obj = D(payload)  # ?rc payload

import gc
box2 = [2.5]
class Holder2:
    attr = box2
z = 1  # ?rc box2
del Holder2
n = gc.collect()  # ?rc box2
after2 = box2  # ?rc box2
def target(who):
    pair = [who]  # ?rc who


def wrapper(*args, **kwargs):
    return target(*args, **kwargs)


obj = [1.5 * 2]
wrapper(obj)
