# sys.getrefcount on the same object at module level, inside a function,
# inside a method and in loops that bind and del names on every iteration.
import sys


class Cup:
    def peek(self):
        return sys.getrefcount(self)

    def peek_twice(self):
        me = self
        return sys.getrefcount(me)


c = Cup()
print(sys.getrefcount(c))
print(c.peek())
print(c.peek_twice())
print(Cup.peek(c))


def outer(obj):
    print(sys.getrefcount(obj))
    alias = obj
    print(sys.getrefcount(alias))
    return inner(alias)


def inner(val):
    return sys.getrefcount(val)


print(outer(c))
print(sys.getrefcount(c))
cups = [Cup() for _ in range(3)]
for cup in cups:
    extra = cup  # ?rc cup
    del extra  # ?rc cup
print(sys.getrefcount(cup))
del cup
for k in range(3):
    holder = [c] * (k + 1)  # ?rc c
    del holder  # ?rc c
f = 1.75 * 4
print(sys.getrefcount(f))
print(sys.getrefcount(f * 1))
for i in range(2):
    tmp = Cup()
    print(sys.getrefcount(tmp))
    keep = tmp  # ?rc tmp
    del tmp  # ?rc keep
print(sys.getrefcount(cups))


def with_locals(obj):
    snap = locals()  # ?rc obj
    print(sys.getrefcount(obj))
    return len(snap)


with_locals(c)
print(sys.getrefcount(c))
g = globals()
g["not an identifier!"] = c  # ?rc c g
del g["not an identifier!"]  # ?rc c
print(sys.getrefcount(Cup))
