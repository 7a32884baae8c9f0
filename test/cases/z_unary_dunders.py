# Unary operators on instances run the class's __neg__ / __pos__ / __invert__
class V:
    def __init__(self, x):
        self.x = x
    def __neg__(self):
        s = self  # ?rc self
        return V(-self.x)
    def __invert__(self):
        return self
a = V(1.5)
b = -a  # ?rc a b
c = ~a  # ?rc a c
d = -(-a)  # ?rc a d
