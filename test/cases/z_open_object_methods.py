# object.__setattr__ / __getattribute__ / __delattr__ called explicitly on
# instances, builtin values and classes: the generic mechanism, its errors.
import gc


class Box:
    pass


b = Box()
v = [1.5]
object.__setattr__(b, "x", v)  # ?rc v
w = object.__getattribute__(b, "x")  # ?rc v w
object.__delattr__(b, "x")  # ?rc v
try:
    object.__setattr__(1, "x", v)
except AttributeError:
    pass
z = [v]  # ?rc v
lst = [2.5, 3.5]
try:
    object.__setattr__(lst, "extra", v)
except AttributeError as e:
    kept = e  # ?rc lst v
del kept  # ?rc lst
try:
    object.__delattr__(lst, "extra")
except AttributeError as e:
    kept = e  # ?rc lst
del kept
try:
    del lst.other
except AttributeError as e:
    kept = e  # ?rc lst
del kept  # ?rc lst
meth = object.__getattribute__(lst, "append")  # ?rc lst meth
del meth
try:
    object.__getattribute__(lst, "nothing")
except AttributeError:
    pass
try:
    object.__setattr__(Box, "y", v)
except TypeError as e:
    msg = str(e)  # ?rc v
try:
    object.__delattr__(Box, "y")
except TypeError:
    pass
print(gc.collect(), lst, z)  # ?rc lst v
