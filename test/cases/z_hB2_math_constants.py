# math.pi / math.e / math.tau / math.inf are floats of known value: max() by area over
# shapes decides which instance it returns, so counts stay exact
import math


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __lt__(self, other):
        return self.area() < other.area()


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def __lt__(self, other):
        return self.area() < other.area()

    def __gt__(self, other):
        return self.area() > other.area()


shapes = [Circle(1.5), Square(2.6), Circle(0.5)]   # ?rc shapes
c = shapes[0]                            # ?rc c
s = shapes[1]                            # ?rc s
biggest = max(shapes)                    # ?rc biggest c
smallest = min(shapes)                   # ?rc smallest
ratio = math.tau / math.pi               # ?rc ratio
growth = math.e ** 2                     # ?rc growth
best = min([5.5, math.inf, 2.5])         # ?rc best
big = c if c.area() > 7.0 else s         # ?rc big c
del shapes                               # ?rc c s biggest
print(biggest.area(), smallest.area(), ratio, growth, best)
