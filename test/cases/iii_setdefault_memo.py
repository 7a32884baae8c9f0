# Theme: recursion with a memo dict passed as a default argument; setdefault
# and get keep one reference per stored value.
import sys


class Big:
    def __init__(self, n):
        self.n = n


def fib(n, memo={}):
    if n < 2:
        return memo.setdefault(n, Big(n))
    if n in memo:
        return memo[n]
    val = Big(fib(n - 1).n + fib(n - 2).n)  # ?rc val
    memo[n] = val
    return val


top = fib(5)  # ?rc top
again = fib(5)  # ?rc top again
memo = fib.__defaults__[0]  # ?rc memo
one = memo[1]  # ?rc one
print(sys.getrefcount(one))
memo.clear()  # ?rc top one
del again  # ?rc top
