# ABCMeta stores a frozenset of the abstract method names in each class it
# makes (__abstractmethods__): empty once every abstract method is defined.
import abc
import gc
import sys


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    @property
    def name(self):
        return "square!"


class Half(Shape):
    def area(self):
        return 0.5


pending = Shape.__abstractmethods__  # ?rc pending
again = Shape.__abstractmethods__  # ?rc pending
done = Square.__abstractmethods__  # ?rc done
half = Half.__abstractmethods__  # ?rc half
size = len(pending) + len(done) * 10 + len(half) * 100
side = 1.5 * 3  # ?rc side
sq = Square(side)  # ?rc sq side
print(sys.getrefcount(done))
del pending, again, done, half
del sq  # ?rc side
print(gc.collect())
