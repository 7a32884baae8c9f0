# Theme: a class used as a decorator calls functools.update_wrapper(self,
# func): the instance gets the function's name, doc and __wrapped__ (one
# reference to the function); an attribute set by code the analysis does
# not follow may exist, so reading it is not a certain AttributeError.
import functools


class Traced:
    calls = 0

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func

    def __call__(self, *args):
        Traced.calls += 1
        return self.func(*args)


def work(x):
    """Wrap x in a list."""
    return [x]


t = Traced(work)  # ?rc t work
inner = t.__wrapped__  # ?rc inner
print(t.__name__, t.__doc__)
item = [1.5]
out = t(item)  # ?rc item out
del t  # ?rc work
