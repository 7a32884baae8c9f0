# a finally block run by an exception on its way: the exception is on the stack and the handled one (two references)
import sys
try:
    raise RuntimeError("x!")
except RuntimeError as e:
    cur = e  # ?rc cur
try:
    try:
        raise RuntimeError("pending!!")
    finally:
        cur2 = sys.exc_info()[1]  # ?rc cur2
except RuntimeError:
    pass
def f():
    try:
        raise KeyError("k")
    finally:
        cur3 = sys.exc_info()[1]  # ?rc cur3
try:
    f()
except KeyError:
    pass
