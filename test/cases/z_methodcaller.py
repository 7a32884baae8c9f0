# operator.methodcaller: a bound method and an argument tuple up to 3.12, a vectorcall in 3.13; as a sort key and called directly
import operator


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self, k=1):
        out = self.w * self.w * k  # ?rc self
        return out


shapes = [Shape(4.5), Shape(2.5)]  # ?rc shapes
first = shapes[0]  # ?rc first
by_area = sorted(shapes, key=operator.methodcaller("area"))  # ?rc by_area first
caller = operator.methodcaller("area", 2)  # ?rc caller
value = caller(first)  # ?rc value first
biggest = max(shapes, key=operator.methodcaller("area"))  # ?rc biggest first
areas = list(map(operator.methodcaller("area"), shapes))  # ?rc areas first
