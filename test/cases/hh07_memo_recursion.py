# Theme: recursion with memo dicts: fibonacci with an explicit memo argument
# and with the mutable-default trick, factorial of big numbers, and the
# call tree of a memoised function.


def fib(n, memo):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    value = fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = value
    return value


def fib_default(n, cache={}):
    if n < 2:
        return n
    if n not in cache:
        cache[n] = fib_default(n - 1) + fib_default(n - 2)
    return cache[n]


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


memo = {}  # ?rc memo
big = fib(40, memo)  # ?rc big memo
again = fib(40, memo)  # ?rc again big
other = fib_default(35)  # ?rc other
cache = fib_default.__defaults__[0]  # ?rc cache
seen = cache[35]  # ?rc seen other
f30 = factorial(30)  # ?rc f30
f30b = factorial(30)  # ?rc f30b
ratio = f30 // factorial(28)  # ?rc ratio
memo.clear()  # ?rc big again
del memo  # ?rc big
