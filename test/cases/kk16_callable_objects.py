# Theme: __call__ objects. A memoizing callable keeps every argument and
# result in its cache dict; a counting key function is passed to sorted() and
# map(); a callable class instance used as a default argument; a class-based
# decorator that copies the function's metadata with functools.update_wrapper.
import functools


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, arg):
        if arg not in self.cache:
            self.cache[arg] = self.func(arg)
        return self.cache[arg]


class KeyCounter:
    def __init__(self):
        self.calls = 0

    def __call__(self, item):
        self.calls += 1
        return item[1]


def square_list(x):
    return [x, x * x]


memo = Memo(square_list)  # ?rc memo square_list
arg = 2.5 * 2  # ?rc arg
r1 = memo(arg)  # ?rc arg r1
r2 = memo(arg)
cache = memo.cache
keyf = KeyCounter()  # ?rc keyf
pairs = [("b row", 2.5), ("a row", 1.5), ("c row", 3.5)]
ordered = sorted(pairs, key=keyf)  # ?rc keyf ordered
lazy = map(keyf, pairs)  # ?rc keyf lazy
vals = list(lazy)  # ?rc keyf vals
del lazy


def apply(data, fn=keyf):
    return fn(data)


res = apply(pairs[0])  # ?rc keyf res
del apply  # ?rc keyf


class Traced:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.__wrapped__(*args)


traced = Traced(square_list)  # ?rc traced square_list
sq = traced(arg)  # ?rc sq arg
inner = traced.__wrapped__  # ?rc inner
del traced  # ?rc square_list
del memo  # ?rc square_list cache r1 arg
