# Theme: literal constants reached from nested functions, lambdas and
# default values: equal literals are merged, and the script's parser keeps
# one more reference for as long as the script runs.

LIMITS = (0.25, 0.75)  # ?rc LIMITS
NAME = "a name, not an identifier"  # ?rc NAME


def outer():
    def inner():
        pair = (0.25, 0.75)  # ?rc pair
        return pair
    return inner


fn = outer()  # ?rc LIMITS
got = fn()  # ?rc LIMITS got
getter = lambda: "a name, not an identifier"  # ?rc NAME
val = getter()  # ?rc NAME val


def with_default(x, scale=3.125):
    s = scale  # ?rc s
    return x * s


r = with_default(2.0)  # ?rc r
big = 9876543210  # ?rc big
big2 = 9876543 * 1000 + 210  # ?rc big big2
del got, val  # ?rc LIMITS NAME
del outer, fn  # ?rc LIMITS
