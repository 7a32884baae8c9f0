# Calling an instance of a class without __call__ raises TypeError, also when
# the class's count is open (bound or used under a condition the model cannot
# decide): no code outside the program was given the class to add __call__.
# A class that was handed to such code may have gained one: it stays open.
import gc
import inspect
import sys


class Box:
    pass


class Sub(Box):
    def total(self):
        return 0


if len(sys.argv) > 5:
    alias = Sub
    extra = Box()
b = Sub()
v = [1.5]
try:
    b(v)
except TypeError as e:
    msg = str(e)  # ?rc v b
after = [v]  # ?rc v
for i in range(3):
    try:
        b(v, i)
    except TypeError:
        after.append(i)
n = len(after)  # ?rc v b
try:
    b[0] = v
except TypeError:
    pass
last = [v, b]  # ?rc v b


class Open:
    pass


members = inspect.getmembers(Open)
o = Open()
try:
    o(v)
except TypeError:
    pass
final = [v, o]  # ?rc v o
print(gc.collect(), n)
