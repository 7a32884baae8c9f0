# Theme: what else makes an instance's __dict__ a real object. hasattr(obj,
# "__dict__") runs the same getter as obj.__dict__; `obj.__class__ = X` makes
# the dict first and, on 3.13, detaches it from the instance (then it is
# counted). A dict made while it held only numbers is not tracked.
import gc


class Idle:
    pass


class Busy:
    pass


gc.collect()
a = Idle()
b = Idle()
a.other = b
b.other = a
print(hasattr(a, "__dict__"))
del a, b
print(gc.collect())  # 3.11/3.12: 2 instances and a's dict; 3.13: 2

m = Idle()
m.history = [m]  # ?rc m
m.__class__ = Busy  # ?rc m
print(type(m).__name__)
del m
print(gc.collect())  # instance, history list and the dict, on every version

n = Idle()
n.x = 1.5
view = n.__dict__  # made while it holds only a float: not tracked
n.me = n
n.__class__ = Busy
del view, n
print(gc.collect())  # 3.11/3.12: 2; 3.13: 0 (the detached dict hides the cycle)

cell = Idle()
cell.x = 2.5
print(hasattr(cell, "__dict__"))
box = [cell]
box.append(box)
del cell, box
print(gc.collect())  # the list and the instance: its dict holds no container

listed = Idle()
listed.me = listed
names = dir(listed)  # 3.11/3.12: object.__dir__ reads (and so makes) the dict
del listed, names
print(gc.collect())  # 3.11/3.12: the instance and its dict; 3.13: the instance
