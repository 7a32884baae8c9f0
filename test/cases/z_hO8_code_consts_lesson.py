# Theme: a lesson on where constants live: each function's code object
# keeps its literals in co_consts, a tuple the compiler shares between
# code objects only when their constants are all equal.
import gc
import sys

GREETING = "hello, world!"
settings = {"greeting": GREETING, "retries": 3.5}
PAIR = (None, "pair only")


def greet(name):
    return GREETING + " " + name


def retries():
    return 3.5


def shout(name):
    return "hello, world!".upper() + name


def make_counter(start):
    def bump(step=2.25):
        return start + step

    return bump


def pair():
    return "pair only"


def plain(x):
    return x


def plain2(y):
    return y


g_consts = greet.__code__.co_consts  # ?rc g_consts
print(sys.getrefcount(g_consts))
r_consts = retries.__code__.co_consts  # ?rc r_consts
s_consts = shout.__code__.co_consts  # ?rc s_consts g_consts
outer = make_counter.__code__.co_consts  # ?rc outer
bump = make_counter(1.5)
inner = bump.__code__.co_consts  # ?rc inner
p_consts = pair.__code__.co_consts  # ?rc p_consts PAIR
same = plain.__code__.co_consts is plain2.__code__.co_consts
first = plain.__code__.co_consts  # ?rc first
held = [g_consts, r_consts, outer]  # ?rc g_consts r_consts outer
del held, g_consts  # ?rc r_consts
print(same, gc.collect())
