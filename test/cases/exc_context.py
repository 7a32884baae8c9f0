# Theme: exceptions raised while handling others keep them as __context__.
import gc
import sys

class E1(Exception):
    pass

class E2(Exception):
    pass

def nest():
    try:
        raise E1("first")
    except E1:
        try:
            raise E2("second")
        except E2 as e:
            return e

err = nest()  # ?rc err
ctx = err.__context__  # ?rc ctx err
del ctx  # ?rc err
err = None
print(gc.collect())
def plain():
    try:
        raise E1("x")
    except E1 as e:
        return sys.getrefcount(e)
print(plain())
