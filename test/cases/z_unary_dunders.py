# Unary operators, abs() and round() on instances run the class's __neg__ / __pos__ / __invert__ / __abs__ / __round__
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
class W:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        me = self  # ?rc self
        return W(self.x * 2)
    def __round__(self, n=0):
        return self
aa = W(-1.5)
b = abs(aa)  # ?rc aa b
c = round(aa)  # ?rc aa c
d = round(aa, 2)  # ?rc aa d
