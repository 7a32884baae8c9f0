# Binary operators on instances as binary_op1 tries them: the left method,
# NotImplemented passing on to the right operand's reflected method, a
# subclass's reflection first, in-place falling back to the plain method.
import gc


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x)

    def __radd__(self, other):
        return Vec(self.x + other)

    def __mul__(self, k):
        return Vec(self.x * k)

    def __rmul__(self, k):
        return Vec(self.x * k)


class Tagged(Vec):
    def __radd__(self, other):
        out = Tagged(self.x)
        out.src = other  # ?rc other
        return out


a = Vec(1.5)  # ?rc a
b = 3 * a  # ?rc a b
c = 2 + a  # ?rc a c
total = sum([a, b, c])  # ?rc total a b c
t = Tagged(2.5)
u = a + t  # ?rc a t u
acc = a
acc += b  # ?rc acc a b
acc *= 2  # ?rc acc a
try:
    bad = a - b
except TypeError as e:
    err = [e]  # ?rc a b
pair = [a, u]  # ?rc pair a u
del u, pair
print(gc.collect())
