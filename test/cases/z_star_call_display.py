# A tuple display written in a star call (`f(*(a, a))`) is CALL_FUNCTION_EX's argument tuple: on
# 3.11, and through a bound method on every version, it holds its items until the call returns;
# 3.12+ moves a plain function's items into its frame and frees the tuple first.
class B:
    def m(self, a, b=None):
        inside = a  # ?rc a
        return inside

    @staticmethod
    def sm(a):
        held = a  # ?rc a


def mid(a, b):
    tmp = a  # ?rc a


def gather(*args):
    got = args  # ?rc args


def caller(obj):
    mid(*(obj, obj))
    mid(*[obj, obj])
    gather(*(obj,))


x = B()
y = B()
caller(y)
t = (y, y)
mid(*t)
x.m(*(y,))
x.m(*(y,), b=y)
B.sm(*(y,))
x.sm(*(y,))
bound = x.m
bound(*(y, y))
gather(*(y, 1.5))
r = x.m(*(y,))  # ?rc r y
