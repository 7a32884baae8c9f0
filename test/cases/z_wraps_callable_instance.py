# functools.wraps applied to a callable instance (not a function): the
# wrapper stores it as __wrapped__ and copies its __dict__.
import functools


class Flaky:
    def __init__(self):
        self.calls = 0

    def __call__(self, x):
        return x


def deco(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


f = Flaky()  # ?rc f
w = deco(f)  # ?rc f w
