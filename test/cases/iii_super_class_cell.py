# Theme: methods using super() get a __class__ cell; the class is then held
# by its own methods' closures, a cycle gc.collect() frees after del.
import gc
import sys


class Base:
    def hello(self):
        return "base hello!"


class Child(Base):
    def hello(self):
        return super().hello()


class Plain(Base):
    def hello(self):
        return "plain hello!"


c = Child()
print(c.hello())
print(sys.getrefcount(Child))
print(sys.getrefcount(Plain))
cell = Child.hello.__closure__[0]  # ?rc cell
del c
del Child
print(gc.collect())  # the class is still held through the cell
del cell
print(gc.collect())
del Plain
print(gc.collect())
