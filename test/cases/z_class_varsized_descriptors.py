# Theme: subclasses of variable-sized builtins (int, tuple, bytes) get a
# __dict__ descriptor but no __weakref__ one (their instances cannot have a
# weak reference slot), so the class holds itself once less than a plain
# class; an enum mixing in int likewise.
import sys
from enum import Enum


class Count(int):
    pass


class Pair(tuple):
    pass


class Blob(bytes):
    pass


class Text(str):
    pass


class Sub(Count):
    pass


class Code(int, Enum):
    OK = 2000
    FAIL = 5000


print(sys.getrefcount(Count), sys.getrefcount(Pair), sys.getrefcount(Blob))
print(sys.getrefcount(Text), sys.getrefcount(Sub), sys.getrefcount(Code))
n = Count(10**6)  # ?rc n
p = Pair((n, n))  # ?rc p n
print(sys.getrefcount(Count), sys.getrefcount(Pair))
