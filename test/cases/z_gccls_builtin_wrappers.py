# staticmethod / classmethod of a builtin function: their __dict__ copies only strs
# (no __annotations__), so it stays untracked; of a Python function it is tracked.
import gc


class Util:
    size = staticmethod(len)
    absolute = classmethod(abs)


n = Util.size([1, 2, 3])
del Util
print(gc.collect())

wrapped = classmethod(abs)
box = [wrapped]
box.append(box)  # ?rc box
del box, wrapped
print(gc.collect())


def area(w, h):
    return w * h


sm = staticmethod(area)
holder = [sm]
holder.append(holder)
del holder, sm
print(gc.collect())


class Tools:
    measure = staticmethod(len)
    compute = staticmethod(area)


del Tools
print(gc.collect())
