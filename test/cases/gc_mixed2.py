# Theme: cycles that go through class attributes, static and class methods.
import gc

gc.collect()

def build():
    class Reg:
        items = []
    Reg.items.append(Reg)
    return None

build()
print(gc.collect())

def build2():
    class M:
        @staticmethod
        def s():
            return 1
        @classmethod
        def c(cls):
            return cls
        @property
        def p(self):
            return 2
    return M

m = build2()
del m
print(gc.collect())
