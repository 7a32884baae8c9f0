# Theme: copy.copy / deepcopy through __reduce__, __reduce_ex__ and __setstate__: what the
# reductor, copy._reconstruct and the memo hold while the class's own hooks run.
import copy
import gc


class Vec:
    def __init__(self, xs, label):
        self.xs = xs  # ?rc xs self
        self.label = label

    def __reduce__(self):
        return (Vec, (self.xs, self.label))  # (no probe on return)

    def dump(self):
        pass


class Snap:
    def __init__(self):
        self.data = {"k": [2.5]}

    def __reduce_ex__(self, protocol):
        n = protocol * 1000  # ?rc self
        return (Snap, (), {"data": self.data, "n": n})


class Restored:
    def __init__(self):
        self.v = None

    def __reduce__(self):
        return (Restored, (), [self.v, "not an identifier!"])

    def __setstate__(self, state):
        self.v = state[0]  # ?rc self state


class Singleton:
    def __reduce__(self):
        return "Singleton"


xs = [0.5, 1.5]  # ?rc xs
v = Vec(xs, "a label!")  # ?rc v xs
v2 = copy.copy(v)  # ?rc v v2 xs
v3 = copy.deepcopy(v)  # ?rc v v3 xs
xs3 = v3.xs  # ?rc xs3
s = Snap()
data = s.data  # ?rc data
s2 = copy.copy(s)  # ?rc s s2 data
s3 = copy.deepcopy(s)  # ?rc s3 data
data3 = s3.data  # ?rc data3
r = Restored()
r.v = xs  # ?rc xs
r2 = copy.copy(r)  # ?rc r2 xs
r3 = copy.deepcopy(r)  # ?rc r3 xs
one = Singleton()
same = copy.copy(one)  # ?rc one same
deep_same = copy.deepcopy(one)  # ?rc one
box = [v, s]
boxes = copy.deepcopy(box)  # ?rc boxes v s xs data
del boxes, v3, xs3, s3, data3, r3
xs.append(v2)
del v2  # ?rc xs
print(gc.collect())
