# Theme: sys.getrefcount in prints and inside functions: parameters,
# default values, loop variables, and objects held by a method's self.
import sys


class Box:
    def count_self(self):
        return sys.getrefcount(self)


DEF = [2.5]


def with_default(x=DEF):
    return sys.getrefcount(x)


def nested_call(obj):
    inner = [obj]
    return sys.getrefcount(obj)


b = Box()
print(sys.getrefcount(b))
print(b.count_self())
print(with_default())
print(with_default(b))
print(nested_call(b))
for item in [b, b]:
    print(sys.getrefcount(item))
print(sys.getrefcount(DEF))
print(sys.getrefcount(Box))
n = sys.getrefcount(b.count_self)
m = sys.getrefcount([b, b][0])
print(sys.getrefcount(sys))
print(sys.getrefcount(with_default))
