# Assigning a class's __bases__ replaces its bases and computes its MRO again:
# the old base loses the references the class held, the new one gains them.
import gc


class A:
    pass


class B:
    pass


class C(A):
    pass


C.__bases__ = (B,)  # ?rc A B
del C
print(gc.collect())
