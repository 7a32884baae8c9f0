# Which builtin calls hold their arguments in an argument tuple while the program's own special
# methods run: zip has no vectorcall (_PyObject_MakeTpCall builds one, on 3.11-3.13); min() and
# max() take one on 3.11 / 3.12 (METH_VARARGS) and none on 3.13 (METH_FASTCALL).


class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        me = self  # ?rc self
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


class Score:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        a = self  # ?rc self other
        return self.n < other.n

    def __gt__(self, other):
        g = self  # ?rc self other
        return self.n > other.n


pairs = list(zip(Count(2), "ab"))  # ?rc pairs
low = Score(1)
high = Score(2)
best = min(low, high)  # ?rc best low
top = max(high, low)  # ?rc top high
